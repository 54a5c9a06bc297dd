using DhrTracker.Core.Actions;
using DhrTracker.Core.Common;
using DhrTracker.Core.Dashboard;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Synthetic;

namespace DhrTracker.IntegrationTests.Synthetic;

/// <summary>
/// <see cref="SyntheticSeeder"/> on real SQLite databases (today is 26 Nov 2026, <see cref="TestDatabase.Now"/>): the same
/// seed gives the same data, the data passes the rules the services enforce, the app's own services open it, and it
/// refuses any database that is not empty.
/// </summary>
public sealed class SyntheticSeederTests
{
    [Fact]
    public async Task The_same_seed_and_counts_give_the_same_data_and_another_seed_does_not()
    {
        await using var first = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var second = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var other = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        await SyntheticData.SeededAsync(first, 3, 60, seed: 7);
        await SyntheticData.SeededAsync(second, 3, 60, seed: 7);
        await SyntheticData.SeededAsync(other, 3, 60, seed: 8);

        var dump = await SyntheticData.DumpAsync(first);
        Assert.True(dump.Split('\n').Length > 1_000, "The dump should cover every record: " + dump[..Math.Min(dump.Length, 500)]);
        Assert.Equal(dump, await SyntheticData.DumpAsync(second));
        Assert.NotEqual(dump, await SyntheticData.DumpAsync(other));
    }

    [Fact]
    public async Task Every_review_passes_the_record_rules_and_has_the_facts_its_stage_needs()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SyntheticData.SeededAsync(db, 3, 150, seed: 11);
        await using var context = db.NewContext();
        var reviews = await context.Reviews.Include(r => r.Partnership).ToListAsync();
        var today = UkDates.TodayInUk(db.Time);
        var validator = new ReviewRecordInputValidator(db.Time);

        var problems = new List<string>();
        foreach (var review in reviews)
        {
            var record = ReviewRecordInput.From(review);
            var errors = (await validator.ValidateAsync(record)).Errors.Select(e => e.ErrorMessage)
                .Concat(ReviewStageMachine.MissingFactsForStage(review.Stage, record).Select(e => e.Message));
            problems.AddRange(errors.Select(e => $"{review.Reference} ({review.Stage}): {e}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.Equal(150, reviews.Count);
        Assert.True(reviews.Select(r => r.Stage).Distinct().Count() >= 9, string.Join(", ", reviews.GroupBy(r => r.Stage).Select(g => $"{g.Key} {g.Count()}")));
        Assert.Contains(reviews, r => r.Stage == ReviewStage.Closed);
        Assert.Contains(reviews, r => !r.IsEnded && r.ActiveDueDate < today);
        Assert.True(reviews.Select(r => r.DateNotified.Year).Distinct().Count() >= 8, "Notifications should span the years.");

        var actions = await context.Actions.ToListAsync();
        Assert.Equal(Enum.GetValues<ActionStatus>().Order(), actions.Select(a => a.Status).Distinct().Order());
        Assert.Contains(actions, a => ActionRules.IsOverdue(a, today));
        Assert.DoesNotContain(actions, a => a.CompletedOn > today || a.SignedOffUtc > db.Time.GetUtcNow().UtcDateTime);
        var closed = reviews.Where(r => r.Stage == ReviewStage.Closed).Select(r => r.Id).ToHashSet();
        Assert.DoesNotContain(actions, a => closed.Contains(a.ReviewId) && ActionRules.IsOpen(a));
    }

    [Fact]
    public async Task The_coordinator_dashboard_review_list_and_actions_dashboard_open_a_seeded_partnership()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SyntheticData.SeededAsync(db, 2, 60, seed: 3);
        var first = await ReadAsync(db, c => c.Partnerships.OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync());
        var (partnership, name) = (first.Id, first.Name);
        var reviews = await ReadAsync(db, c => c.Reviews.CountAsync(r => r.PartnershipId == partnership));
        var actions = await ReadAsync(db, c => c.Actions.CountAsync(a => a.Review!.PartnershipId == partnership));
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, name));

        var dashboard = await db.Get<DashboardService>().GetAsync();
        var list = await db.Get<ReviewService>().ListAsync(new ReviewQuery(), new PageRequest(0, 25, "Reference"));
        var plan = await db.Get<ActionDashboardService>().SummaryAsync();
        var grid = await db.Get<ActionDashboardService>().ListAsync(new ActionQuery(), new PageRequest(0, 25));

        Assert.Equal(reviews, dashboard.ByStage.Values.Sum());
        Assert.True(dashboard.OverdueCount > 0, "Some synthetic reviews should be overdue.");
        Assert.Equal(reviews, list.TotalCount);
        Assert.Equal(Math.Min(25, reviews), list.Items.Count);
        Assert.Equal(actions, grid.TotalCount);
        Assert.True(plan.Overdue > 0 && plan.Agencies.Count > 0, "The actions dashboard should show overdue actions by agency.");
    }

    [Fact]
    public async Task A_database_with_a_partnership_the_seed_did_not_make_is_refused_and_left_as_it_was()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await db.CreatePartnershipAsync("Real Community Safety Partnership", "Real DHR");

        var result = await SyntheticData.SeedAsync(db, 2, 20, seed: 1);

        Assert.False(result.Succeeded);
        Assert.StartsWith("This database holds 1 partnership(s) and 0 review(s) that seed-synthetic did not make.", Assert.Single(result.Errors).Message);
        Assert.Equal((1, 0), await ReadAsync(db, async c => (await c.Partnerships.CountAsync(), await c.Reviews.CountAsync())));
    }

    [Fact]
    public async Task A_second_seed_is_refused_saying_how_to_start_again()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SyntheticData.SeededAsync(db, 2, 20, seed: 1);

        var result = await SyntheticData.SeedAsync(db, 2, 20, seed: 2);

        Assert.False(result.Succeeded);
        Assert.StartsWith("This database already holds synthetic data (2 partnerships, 20 reviews). To seed again, start from a new database",
            Assert.Single(result.Errors).Message);
        Assert.Equal(20, await ReadAsync(db, c => c.Reviews.CountAsync()));
    }

    [Theory]
    [InlineData(0, 10, 1, "Partnerships", "must be from 1 to 1,000, not 0.")]
    [InlineData(3, -5, 1, "Reviews", "must be from 1 to 100,000, not -5.")]
    [InlineData(5, 4, 1, "Reviews", "must be at least the number of partnerships (5): every synthetic partnership has at least one review.")]
    [InlineData(1, 10, -1, "Seed", "must be 0 or more, not -1.")]
    public async Task Counts_out_of_range_are_refused_in_plain_English_and_nothing_is_written(int partnerships, int reviews, int seed, string field,
        string message)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await SyntheticData.SeedAsync(db, partnerships, reviews, seed);

        Assert.Equal(new FieldError(field, message), Assert.Single(result.Errors));
        Assert.Equal(0, await ReadAsync(db, c => c.Partnerships.CountAsync()));
    }

    [Fact]
    public async Task A_signed_in_user_cannot_seed_even_an_administrator()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        db.SignInAs(await db.CreateUserAsync(Roles.Administrator, null));

        var result = await db.Get<SyntheticSeeder>().SeedAsync(new SyntheticSeedRequest(1, 5, 1));

        Assert.Equal("Only the dhr command, run on the server, can seed synthetic data.", Assert.Single(result.Errors).Message);
        Assert.Equal(0, await ReadAsync(db, c => c.Partnerships.CountAsync()));
    }

    private static async Task<T> ReadAsync<T>(TestDatabase db, Func<AppDbContext, Task<T>> query)
    {
        await using var context = db.NewContext();
        return await query(context);
    }
}
