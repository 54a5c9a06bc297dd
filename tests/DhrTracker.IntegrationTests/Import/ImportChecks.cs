using System.Globalization;
using System.Text;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>What the import tests read back from the database to prove what was, and was not, written.</summary>
public static class ImportChecks
{
    /// <summary>The audit tables: the import's own rows are checked by <see cref="AuditSinceAsync"/>, not by the fingerprint.</summary>
    private static readonly HashSet<string> AuditTables = ["AuditEntries", "AuditChainHeads", "AuditChanges", "DataProtectionKeys"];

    /// <summary>Every row of every case table, as text: equal before and after means the import wrote nothing there.</summary>
    public static async Task<string> CaseRowsAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>()
            .Where(t => !AuditTables.Contains(t)).Distinct().Order(StringComparer.Ordinal);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join("|", values.Select(v => v is byte[] b ? Convert.ToHexString(b) : Convert.ToString(v, CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            text.Append(table).Append(": ").Append(rows.Count).AppendLine();
            rows.ForEach(r => text.AppendLine(r));
        }

        return text.ToString();
    }

    public static async Task<long> LastAuditSequenceAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.AuditEntries.MaxAsync(a => (long?)a.Sequence) ?? 0;
    }

    /// <summary>The audit rows written after <paramref name="sequence"/>, oldest first.</summary>
    public static async Task<List<AuditEntry>> AuditSinceAsync(TestDatabase db, long sequence)
    {
        await using var context = db.NewContext();
        return await context.AuditEntries.AsNoTracking().Include(a => a.ChangeSet).Where(a => a.Sequence > sequence).OrderBy(a => a.Sequence).ToListAsync();
    }

    /// <summary>The chain is intact, as <c>dhr audit verify</c> would find it.</summary>
    public static async Task AssertChainIntactAsync(TestDatabase db)
    {
        var verification = await db.AsInstallation<AuditVerifier>().VerifyAsync();
        Assert.True(verification.Succeeded, string.Join("; ", verification.Errors));
        Assert.True(verification.Value!.Intact, verification.Value.Problem);
    }

    public static T Ok<T>(Result<T> result) => CaseFile.Ok(result);
}
