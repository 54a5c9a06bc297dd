using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Partnerships;

/// <summary>A change of timescale applies to reviews notified on or after its effective date; running reviews keep their clock (ADR 0355).</summary>
public sealed class TimescaleServiceTests
{
    private static async Task<(TestDatabase Db, int PartnershipId, string Admin, Guid DayBefore, Guid OnTheDay)> SetupAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var id = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership A"));
        var before = await CaseFile.NewReviewAsync(db, "A DHR1", new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 31));
        var on = await CaseFile.NewReviewAsync(db, "A DHR2", new DateOnly(2026, 3, 20), new DateOnly(2026, 4, 1));
        var admin = await db.CreateUserAsync(Roles.Administrator, "Partnership A");
        db.SignInAs(admin);
        return (db, id, admin, before, on);
    }

    private static TimescaleVersionInput TwoMonths(int partnershipId, int? confirmed = null) => new()
    {
        PartnershipId = partnershipId,
        EffectiveFrom = new DateOnly(2026, 4, 1),
        DecisionDueMonths = 2,
        ReportDueMonths = 12,
        Reason = "Revised statutory guidance 2026",
        ConfirmedRedatedReviews = confirmed,
    };

    private static async Task<DateOnly?> DueAsync(TestDatabase db, Guid id)
    {
        await using var context = db.NewContext();
        return await context.Reviews.Where(r => r.Id == id).Select(r => r.ActiveDueDate).SingleAsync();
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_past_effective_date_is_refused_until_the_administrator_confirms_how_many_reviews_it_re_dates(DatabaseProvider provider)
    {
        var (db, partnershipId, _, before, on) = await SetupAsync(provider);
        await using var _ = db;
        var service = db.Get<TimescaleService>();

        Assert.Equal(1, await service.ReachesAsync(partnershipId, new DateOnly(2026, 4, 1)));
        Assert.Equal(2, await service.ReachesAsync(partnershipId, new DateOnly(2026, 3, 31)));
        var refused = await service.AddAsync(TwoMonths(partnershipId));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(TimescaleVersionInput.ConfirmedRedatedReviews),
                "These timescales take effect on 1 Apr 2026, so they change the deadlines of 1 open review notified since then. Confirm to re-date it, or choose a later date."),
            (error.Field, error.Message));
        await using (var context = db.NewContext())
        {
            Assert.Empty(await context.Set<TimescaleVersion>().ToListAsync());
        }

        Assert.Equal(new DateOnly(2026, 5, 1), await DueAsync(db, on));
        Assert.False((await service.AddAsync(TwoMonths(partnershipId, confirmed: 2))).Succeeded);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Clocks_across_a_timescale_change_the_day_before_keeps_its_clock_and_the_day_itself_takes_the_new_one(DatabaseProvider provider)
    {
        var (db, partnershipId, admin, before, on) = await SetupAsync(provider);
        await using var _ = db;

        var added = await db.Get<TimescaleService>().AddAsync(TwoMonths(partnershipId, confirmed: 1));

        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        Assert.Equal(1, added.Value);
        Assert.Equal(new DateOnly(2026, 4, 30), await DueAsync(db, before));
        Assert.Equal(new DateOnly(2026, 6, 1), await DueAsync(db, on));

        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership A"));
        var reviews = db.Get<ReviewService>();
        Assert.Equal(new DateOnly(2026, 4, 30), (await reviews.GetAsync(before))!.Clock.DecisionDue);
        Assert.Equal(new DateOnly(2026, 6, 1), (await reviews.GetAsync(on))!.Clock.DecisionDue);
        var later = await CaseFile.NewReviewAsync(db, "A DHR3", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2));
        Assert.Equal(new DateOnly(2027, 1, 2), await DueAsync(db, later));

        await using var context = db.NewContext();
        var row = await context.AuditEntries.SingleAsync(a => a.EntityType == TimescaleService.Entity);
        Assert.Equal((admin, AuditActions.Create, "From 1 Apr 2026: decision 2 months, report 12 months; 1 open reviews re-dated"),
            (row.UserId, row.Action, row.Detail));
        var settings = (await ReadSettingsAsync(db, admin, partnershipId)).Timescales;
        Assert.Equal([(null, 1, 6), (new DateOnly(2026, 4, 1), 2, 12)],
            settings.Select(t => (t.EffectiveFrom, t.DecisionDueMonths, t.ReportDueMonths)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_future_effective_date_re_dates_nothing_and_a_second_version_on_the_same_date_is_refused(DatabaseProvider provider)
    {
        var (db, partnershipId, _, before, on) = await SetupAsync(provider);
        await using var _ = db;
        var service = db.Get<TimescaleService>();
        var future = TwoMonths(partnershipId);
        future.EffectiveFrom = new DateOnly(2027, 1, 1);

        Assert.Equal(0, (await service.AddAsync(future)).Value);
        var again = await service.AddAsync(future);

        Assert.Equal(nameof(TimescaleVersionInput.EffectiveFrom), Assert.Single(again.Errors).Field);
        Assert.Equal((new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 1)), (await DueAsync(db, before), await DueAsync(db, on)));
    }

    [Fact]
    public async Task Only_the_partnerships_administrators_add_timescales()
    {
        var (db, partnershipId, _, _, on) = await SetupAsync(DatabaseProvider.Sqlite);
        await using var _ = db;
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership A"));

        await Assert.ThrowsAsync<NotFoundException>(() => db.Get<TimescaleService>().AddAsync(TwoMonths(partnershipId, confirmed: 1)));

        Assert.Null(await db.Get<TimescaleService>().ReachesAsync(partnershipId, new DateOnly(2026, 4, 1)));
        Assert.Equal(new DateOnly(2026, 5, 1), await DueAsync(db, on));
    }

    private static async Task<PartnershipSettingsInput> ReadSettingsAsync(TestDatabase db, string admin, int partnershipId)
    {
        db.SignInAs(admin);
        return (await db.Get<PartnershipSettingsService>().GetAsync(partnershipId))!;
    }
}
