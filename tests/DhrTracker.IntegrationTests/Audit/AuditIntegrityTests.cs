using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Audit;

public sealed class AuditIntegrityTests
{
    private static async Task<TestDatabase> WithOneAuditRowAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.DbFactory.RecordAsync(db.Time, new CurrentUser("u1", "", new HashSet<string>(), null), AuditActions.View, "Review", "r1");
        return db;
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Changing_an_audit_row_is_refused(DatabaseProvider provider)
    {
        await using var db = await WithOneAuditRowAsync(provider);
        await using var context = db.NewContext();
        var row = await context.AuditEntries.SingleAsync();
        row.Outcome = AuditOutcome.Denied;

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        await using var check = db.NewContext();
        Assert.Equal(AuditOutcome.Succeeded, (await check.AuditEntries.SingleAsync()).Outcome);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Deleting_an_audit_row_is_refused(DatabaseProvider provider)
    {
        await using var db = await WithOneAuditRowAsync(provider);
        await using var context = db.NewContext();
        context.AuditEntries.Remove(await context.AuditEntries.SingleAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        await using var check = db.NewContext();
        Assert.Equal(1, await check.AuditEntries.CountAsync());
    }
}
