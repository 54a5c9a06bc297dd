using System.Globalization;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DhrTracker.Benchmarks.National;

/// <summary>What every floor needs: hand-written SQL through the open connection, the user it runs as, and the audit row.</summary>
internal static class FloorSql
{
    public static DateOnly Today => UkDates.TodayInUk(TimeProvider.System);

    /// <summary>SQLite stores a DateOnly as yyyy-MM-dd text, so dates compare as text in SQL.</summary>
    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Date(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? String(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static async Task<List<T>> ReadAsync<T>(NationalDatabase db, string sql, Func<SqliteDataReader, T> row, params (string Name, object? Value)[] args)
    {
        await using var command = db.Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    public static async Task<long> ScalarAsync(NationalDatabase db, string sql, params (string Name, object? Value)[] args) =>
        (await ReadAsync(db, sql, r => r.GetInt64(0), args)).Single();

    /// <summary>The signed-in user's partnership and roles in one statement, as the app loads them for each operation.</summary>
    public static async Task<CurrentUser> UserAsync(NationalDatabase db)
    {
        var rows = await ReadAsync(db, """
            SELECT u.Id, u.DisplayName, u.PartnershipId, u.AgencyId, r.Name
            FROM AspNetUsers u LEFT JOIN AspNetUserRoles ur ON ur.UserId = u.Id LEFT JOIN AspNetRoles r ON r.Id = ur.RoleId
            WHERE u.Id = $id AND u.DisabledUtc IS NULL
            """, r => (Id: r.GetString(0), Name: r.GetString(1), Partnership: r.IsDBNull(2) ? (int?)null : r.GetInt32(2),
                Agency: r.IsDBNull(3) ? (int?)null : r.GetInt32(3), Role: String(r, 4)), ("$id", db.UserId));
        var first = rows[0];
        return new CurrentUser(first.Id, first.Name, rows.Select(x => x.Role).OfType<string>().ToHashSet(), first.Partnership, first.Agency);
    }

    /// <summary>The same audit row the app writes, through the product's own trail (its hash chain is a rule, not a query).</summary>
    public static Task AuditAsync(NationalDatabase db, CurrentUser user, string action, string entity, string entityId, string detail) =>
        db.Get<IDbContextFactory<AppDbContext>>().RecordAsync(TimeProvider.System, user, action, entity, entityId, AuditOutcome.Succeeded, detail);
}
