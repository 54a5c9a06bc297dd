using DhrTracker.Core.Partnerships;

namespace DhrTracker.IntegrationTests.Data;

public sealed class ConcurrencyTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Second_of_two_concurrent_saves_is_a_conflict_not_a_lost_update(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var id = await db.CreatePartnershipAsync("Partnership A");

        await using var first = db.NewContext();
        await using var second = db.NewContext();
        var mine = await first.Partnerships.SingleAsync(p => p.Id == id);
        var theirs = await second.Partnerships.SingleAsync(p => p.Id == id);
        mine.ReportDueMonths = 12;
        theirs.AmberWindowDays = 14;
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = db.NewContext();
        var saved = await check.Partnerships.SingleAsync(p => p.Id == id);
        Assert.Equal((12, 28), (saved.ReportDueMonths, saved.AmberWindowDays));
    }

    [Fact]
    public async Task Every_save_stamps_a_new_version_and_the_UTC_time()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var id = await db.CreatePartnershipAsync("Partnership A");
        await using var context = db.NewContext();
        var partnership = await context.Partnerships.SingleAsync(p => p.Id == id);
        var before = partnership.Version;

        db.Time.Advance(TimeSpan.FromHours(2));
        partnership.ReviewTypeName = "Domestic Abuse Related Death Review";
        await context.SaveChangesAsync();

        Assert.NotEqual(before, partnership.Version);
        Assert.Equal(TestDatabase.Now.UtcDateTime.AddHours(2), partnership.UpdatedUtc);
        Assert.Equal(TestDatabase.Now.UtcDateTime, partnership.CreatedUtc);
    }
}
