using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>R16: the audit trail is append-only in EF and in the database itself, whatever the client.</summary>
public sealed class AuditIntegrityTests
{
    private static async Task<TestDatabase> WithOneAuditRowAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.DbFactory.RecordAsync(db.Time, new CurrentUser("u1", "", new HashSet<string>(), null), AuditActions.View, "Review", "r1");
        return db;
    }

    private static async Task AssertUnchangedAsync(TestDatabase db)
    {
        await using var check = db.NewContext();
        var row = await check.AuditEntries.SingleAsync();
        Assert.Equal((AuditOutcome.Succeeded, "u1"), (row.Outcome, row.UserId));
        Assert.True((await db.AsInstallation<AuditVerifier>().VerifyAsync()).Value!.Intact);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R16_changing_an_audit_row_through_EF_is_refused(DatabaseProvider provider)
    {
        await using var db = await WithOneAuditRowAsync(provider);
        await using var context = db.NewContext();
        var row = await context.AuditEntries.SingleAsync();
        row.Outcome = AuditOutcome.Denied;

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        await AssertUnchangedAsync(db);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R16_deleting_an_audit_row_through_EF_is_refused(DatabaseProvider provider)
    {
        await using var db = await WithOneAuditRowAsync(provider);
        await using var context = db.NewContext();
        context.AuditEntries.Remove(await context.AuditEntries.SingleAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        await AssertUnchangedAsync(db);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R16_a_bulk_update_is_refused_by_the_database(DatabaseProvider provider)
    {
        await using var db = await WithOneAuditRowAsync(provider);
        await using var context = db.NewContext();

        var ex = await Assert.ThrowsAnyAsync<Exception>(() =>
            context.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.UserId, "someone else")));
        Assert.Contains("append-only", ex.Message);
        await AssertUnchangedAsync(db);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R16_a_bulk_delete_is_refused_by_the_database(DatabaseProvider provider)
    {
        await using var db = await WithOneAuditRowAsync(provider);
        await using var context = db.NewContext();

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => context.AuditEntries.ExecuteDeleteAsync());
        Assert.Contains("append-only", ex.Message);
        await AssertUnchangedAsync(db);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R16_raw_sql_cannot_change_or_remove_audit_rows(DatabaseProvider provider)
    {
        await using var db = await WithOneAuditRowAsync(provider);
        await using var context = db.NewContext();

        await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Detail = 'rewritten'"));
        await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries"));
        await AssertUnchangedAsync(db);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R16_recorded_values_cannot_be_rewritten(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var write = db.NewContext())
        {
            write.Record(db.Time, CurrentUser.Anonymous, AuditActions.Update, "Finding", "f1", changes: """{"Text":["before","after"]}""");
            await write.SaveChangesAsync();
        }

        await using var context = db.NewContext();
        var ex = await Assert.ThrowsAnyAsync<Exception>(() =>
            context.AuditChanges.ExecuteUpdateAsync(s => s.SetProperty(c => c.Values, "{}")));
        Assert.Contains("append-only", ex.Message);
    }
}
