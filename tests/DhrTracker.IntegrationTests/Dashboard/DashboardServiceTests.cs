using DhrTracker.Core.Common;
using DhrTracker.Core.Dashboard;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Dashboard;

/// <summary>Today is 26 Nov 2026 (TestDatabase.Now); default timescales: decision 1 month, report 6 months, amber 28 days.</summary>
public sealed class DashboardServiceTests
{
    private sealed record Seeded(TestDatabase Db, Dictionary<string, Guid> Ids);

    private static async Task<Seeded> SeedAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A", "A DHR");
        await db.CreatePartnershipAsync("Partnership B", "B DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        var ids = new Dictionary<string, Guid>();

        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership B"));
        await CreateAsync(db, "B DHR1", new DateOnly(2026, 1, 5)); // overdue, but another partnership's

        db.SignInAs(coordinator);
        ids["overdue"] = await CreateAsync(db, "A DHR1", new DateOnly(2026, 10, 2));     // decision due 2 Nov: 24 days overdue
        ids["soon"] = await CreateAsync(db, "A DHR2", new DateOnly(2026, 11, 10));       // due 10 Dec: 14 days, amber
        ids["month"] = await CreateAsync(db, "A DHR3", new DateOnly(2026, 11, 26));      // due 26 Dec: 30 days, green
        ids["paused"] = await CreateAsync(db, "A DHR4", new DateOnly(2026, 11, 25));     // due 25 Dec: 29 days, green, paused
        ids["report"] = await CreateAsync(db, "A DHR5", new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 1));

        var lifecycle = db.Get<ReviewLifecycleService>();
        var version = await VersionAsync(db, ids["report"]);
        var decided = await lifecycle.MoveAsync(ids["report"], new StageMoveInput
        {
            Move = ReviewMove.RecordDecision,
            Version = version,
            Decision = ReviewDecision.Hold,
            DecisionDate = new DateOnly(2026, 6, 1),
            DecisionRationale = "Criteria met.",
        }); // report due 1 Dec: 5 days, amber; Home Office not yet told
        Assert.True(decided.Succeeded, string.Join("; ", decided.Errors));
        var paused = await lifecycle.PauseAsync(ids["paused"], new PauseReviewInput
        {
            Version = await VersionAsync(db, ids["paused"]),
            Reason = PauseReason.AgencyDelay,
            StartDate = new DateOnly(2026, 11, 25),
        });
        Assert.True(paused.Succeeded, string.Join("; ", paused.Errors));
        return new Seeded(db, ids);
    }

    private static async Task<Guid> CreateAsync(TestDatabase db, string reference, DateOnly notified, DateOnly? death = null)
    {
        var result = await db.Get<ReviewService>().CreateAsync(new NewReviewInput
        {
            Reference = reference,
            DateOfDeath = death ?? notified.AddDays(-3),
            DateNotified = notified,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value;
    }

    private static async Task<Guid> VersionAsync(TestDatabase db, Guid id)
    {
        await using var context = db.NewContext();
        return await context.Reviews.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Dashboard_counts_the_partnerships_deadlines_and_each_count_equals_its_list(DatabaseProvider provider)
    {
        var (db, _) = await SeedAsync(provider);
        await using var _ = db;

        var view = await db.Get<DashboardService>().GetAsync();

        // A DHR5's decision was made and the Home Office not told: the partnership's own task, not a wait on the Home Office (ADR 0356).
        Assert.Equal((1, 2, 1, 0, 1), (view.OverdueCount, view.AtRiskCount, view.PausedCount, view.AwaitingHomeOfficeCount,
            view.HomeOfficeNotToldCount));
        Assert.False(view.RagFollowsAgreed);
        var reviews = db.Get<ReviewService>();
        async Task<int> Listed(ReviewQuery q) => (await reviews.ListAsync(q, new PageRequest())).TotalCount;
        Assert.Equal(view.OverdueCount, await Listed(new ReviewQuery(Rag: Rag.Red)));
        Assert.Equal(view.AtRiskCount, await Listed(new ReviewQuery(Rag: Rag.Amber)));
        Assert.Equal(view.PausedCount, await Listed(new ReviewQuery(Paused: true)));
        Assert.Equal(view.AwaitingHomeOfficeCount, await Listed(new ReviewQuery(AwaitingHomeOffice: true)));
        Assert.Equal(view.HomeOfficeNotToldCount, await Listed(new ReviewQuery(HomeOfficeNotTold: true)));
        Assert.Equal((4, 1), (view.ByStage[ReviewStage.Notified], view.ByStage[ReviewStage.Commissioning]));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Overdue_and_due_soon_are_one_list_most_overdue_first_and_later_deadlines_are_left_out(DatabaseProvider provider)
    {
        var (db, ids) = await SeedAsync(provider);
        await using var _ = db;

        var view = await db.Get<DashboardService>().GetAsync();

        // A DHR3 and A DHR4 fall due in 30 and 29 days, past the 28-day amber window: green, so not listed.
        Assert.Equal(["A DHR1", "A DHR5", "A DHR2"], view.OverdueAndDueSoon.Select(r => r.Reference));
        Assert.Equal((24, Rag.Red), (view.OverdueAndDueSoon[0].Clock.DaysOverdue, view.OverdueAndDueSoon[0].Clock.Rag));
        Assert.DoesNotContain(view.OverdueAndDueSoon, r => r.Id == ids["paused"]);
        Assert.Empty(view.AwaitingHomeOffice);
        var untold = Assert.Single(view.HomeOfficeNotTold);
        // Decided 1 Jun 2026; the Home Office was due to be told within 7 days, by 8 Jun: 171 days overdue on 26 Nov.
        Assert.Equal(("A DHR5", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 8), 171), (untold.Reference, untold.Since, untold.Due, untold.DaysOverdue(view.Today)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task List_filters_by_year_of_death_decision_and_reference_and_sorts_by_days_overdue(DatabaseProvider provider)
    {
        var (db, _) = await SeedAsync(provider);
        await using var _ = db;
        var reviews = db.Get<ReviewService>();

        var held = await reviews.ListAsync(new ReviewQuery(Decision: ReviewDecision.Hold), new PageRequest());
        Assert.Equal(["A DHR5"], held.Items.Select(i => i.Reference));
        var diedIn2026 = await reviews.ListAsync(new ReviewQuery(YearOfDeath: 2026), new PageRequest());
        Assert.Equal(5, diedIn2026.TotalCount);
        Assert.Equal(0, (await reviews.ListAsync(new ReviewQuery(YearOfDeath: 2025), new PageRequest())).TotalCount);
        Assert.Equal(["A DHR3"], (await reviews.ListAsync(new ReviewQuery(Search: "DHR3"), new PageRequest())).Items.Select(i => i.Reference));

        var byOverdue = await reviews.ListAsync(new ReviewQuery(), new PageRequest(SortBy: nameof(ReviewListItem.DaysOverdue), Descending: true));
        Assert.Equal(["A DHR1", "A DHR5", "A DHR2", "A DHR4", "A DHR3"], byOverdue.Items.Select(i => i.Reference));
        Assert.Equal((24, Rag.Red), (byOverdue.Items[0].DaysOverdue, byOverdue.Items[0].Rag));
        Assert.Equal(PauseReason.AgencyDelay, byOverdue.Items[3].PausedFor);
    }

    [Fact]
    public async Task Users_who_see_no_case_data_get_an_empty_dashboard()
    {
        var (db, _) = await SeedAsync(DatabaseProvider.Sqlite);
        await using var _ = db;
        db.SignInAs(await db.CreateUserAsync(Roles.Administrator, "Partnership A"));

        var view = await db.Get<DashboardService>().GetAsync();

        Assert.Equal((0, 0, 0), (view.OverdueCount, view.AtRiskCount, view.ByStage.Count));
        Assert.Empty(view.OverdueAndDueSoon);
    }
}
