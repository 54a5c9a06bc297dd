using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Reviews;

public sealed class ReviewServiceTests
{
    private static NewReviewInput Input(string reference) => new()
    {
        Reference = reference,
        DateOfDeath = new DateOnly(2026, 9, 30),
        DateNotified = new DateOnly(2026, 10, 2),
    };

    private static async Task<(TestDatabase Db, string CoordinatorA, string CoordinatorB)> TwoPartnershipsAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A", "A DHR");
        await db.CreatePartnershipAsync("Partnership B", "B DHR");
        return (db, await db.CreateUserAsync(Roles.Coordinator, "Partnership A"), await db.CreateUserAsync(Roles.Coordinator, "Partnership B"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Coordinator_creates_a_review_and_sees_it_in_the_list(DatabaseProvider provider)
    {
        var (db, coordinatorA, _) = await TwoPartnershipsAsync(provider);
        await using var _ = db;
        db.SignInAs(coordinatorA);
        var reviews = db.Get<ReviewService>();

        var created = await reviews.CreateAsync(Input("A DHR1"));

        Assert.True(created.Succeeded);
        var list = await reviews.ListAsync(new ReviewQuery(), new PageRequest());
        var item = Assert.Single(list.Items);
        Assert.Equal(("A DHR1", ReviewStage.Notified, new DateOnly(2026, 9, 30)), (item.Reference, item.Stage, item.DateOfDeath));
        var details = await reviews.GetAsync(created.Value);
        Assert.Equal("Partnership A", details!.PartnershipName);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_partnerships_review_is_not_found_nor_listed_nor_counted(DatabaseProvider provider)
    {
        var (db, coordinatorA, coordinatorB) = await TwoPartnershipsAsync(provider);
        await using var _ = db;
        db.SignInAs(coordinatorB);
        var reviewOfB = (await db.Get<ReviewService>().CreateAsync(Input("B DHR1"))).Value;

        db.SignInAs(coordinatorA);
        var reviews = db.Get<ReviewService>();
        Assert.Null(await reviews.GetAsync(reviewOfB));
        Assert.Empty((await reviews.ListAsync(new ReviewQuery("B DHR"), new PageRequest())).Items);
        Assert.Empty(await reviews.CountByStageAsync());

        await using var context = db.NewContext();
        var denial = await context.AuditEntries.SingleAsync(a => a.EntityId == reviewOfB.ToString() && a.Action == AuditActions.View);
        Assert.Equal((coordinatorA, AuditOutcome.Denied), (denial.UserId, denial.Outcome));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_same_reference_may_be_used_once_per_partnership(DatabaseProvider provider)
    {
        var (db, coordinatorA, coordinatorB) = await TwoPartnershipsAsync(provider);
        await using var _ = db;
        db.SignInAs(coordinatorA);
        Assert.True((await db.Get<ReviewService>().CreateAsync(Input("DHR7"))).Succeeded);

        var again = await db.Get<ReviewService>().CreateAsync(Input(" DHR7 "));

        var error = Assert.Single(again.Errors);
        Assert.Equal(nameof(NewReviewInput.Reference), error.Field);
        Assert.Contains("already used", error.Message);
        db.SignInAs(coordinatorB);
        Assert.True((await db.Get<ReviewService>().CreateAsync(Input("DHR7"))).Succeeded);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_refused_review_writes_nothing(DatabaseProvider provider)
    {
        var (db, coordinatorA, _) = await TwoPartnershipsAsync(provider);
        await using var _ = db;
        db.SignInAs(coordinatorA);
        var input = Input("A DHR2");
        input.DateNotified = new DateOnly(2026, 9, 1);

        var result = await db.Get<ReviewService>().CreateAsync(input);

        Assert.Equal(nameof(NewReviewInput.DateNotified), Assert.Single(result.Errors).Field);
        await using var context = db.NewContext();
        Assert.Equal(0, await context.Reviews.CountAsync());
        Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.EntityType == nameof(Review)));
    }

    [Theory]
    [InlineData(Roles.PanelMember)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.AgencyLead)]
    [InlineData(Roles.Administrator)]
    public async Task Only_coordinators_create_reviews(string role)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await db.CreatePartnershipAsync("Partnership A");
        db.SignInAs(await db.CreateUserAsync(role, "Partnership A"));

        var result = await db.Get<ReviewService>().CreateAsync(Input("A DHR3"));

        Assert.False(result.Succeeded);
        await using var context = db.NewContext();
        Assert.Equal(0, await context.Reviews.CountAsync());
        Assert.Equal(AuditOutcome.Denied, (await context.AuditEntries.SingleAsync(a => a.Action == AuditActions.Create)).Outcome);
    }

    [Fact]
    public async Task Anonymous_callers_see_and_create_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await db.CreatePartnershipAsync("Partnership A");
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership A"));
        var id = (await db.Get<ReviewService>().CreateAsync(Input("A DHR4"))).Value;

        db.SignInAs(null);
        Assert.False((await db.Get<ReviewService>().CreateAsync(Input("A DHR5"))).Succeeded);
        Assert.Null(await db.Get<ReviewService>().GetAsync(id));
        Assert.Equal(0, (await db.Get<ReviewService>().ListAsync(new ReviewQuery(), new PageRequest())).TotalCount);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Creating_and_viewing_are_audited_in_UTC_with_who_and_what(DatabaseProvider provider)
    {
        var (db, coordinatorA, _) = await TwoPartnershipsAsync(provider);
        await using var _ = db;
        db.SignInAs(coordinatorA);
        var id = (await db.Get<ReviewService>().CreateAsync(Input("A DHR6"))).Value;
        await db.Get<ReviewService>().GetAsync(id);

        await using var context = db.NewContext();
        var rows = await context.AuditEntries.Where(a => a.EntityId == id.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditActions.Create, AuditActions.View], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal((coordinatorA, Roles.Coordinator, nameof(Review), AuditOutcome.Succeeded, TestDatabase.Now.UtcDateTime),
            (r.UserId, r.Roles, r.EntityType, r.Outcome, r.AtUtc)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Removing_a_role_stops_access_at_once(DatabaseProvider provider)
    {
        var (db, coordinatorA, _) = await TwoPartnershipsAsync(provider);
        await using var _ = db;
        db.SignInAs(coordinatorA);
        var id = (await db.Get<ReviewService>().CreateAsync(Input("A DHR8"))).Value;

        var users = db.Get<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var user = await users.FindByIdAsync(coordinatorA);
        await users.RemoveFromRoleAsync(user!, Roles.Coordinator);

        Assert.Null(await db.Get<ReviewService>().GetAsync(id));
        Assert.False((await db.Get<ReviewService>().CreateAsync(Input("A DHR9"))).Succeeded);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task List_pages_and_sorts_on_the_server(DatabaseProvider provider)
    {
        var (db, coordinatorA, _) = await TwoPartnershipsAsync(provider);
        await using var _ = db;
        db.SignInAs(coordinatorA);
        var reviews = db.Get<ReviewService>();
        foreach (var n in new[] { 3, 1, 2 })
        {
            var input = Input($"A DHR{n}");
            input.DateOfDeath = new DateOnly(2026, n, 10);
            await reviews.CreateAsync(input);
        }

        var firstPage = await reviews.ListAsync(new ReviewQuery(), new PageRequest(0, 2, nameof(ReviewListItem.DateOfDeath)));
        var secondPage = await reviews.ListAsync(new ReviewQuery(), new PageRequest(1, 2, nameof(ReviewListItem.DateOfDeath)));

        Assert.Equal(3, firstPage.TotalCount);
        Assert.Equal(["A DHR1", "A DHR2"], firstPage.Items.Select(i => i.Reference));
        Assert.Equal(["A DHR3"], secondPage.Items.Select(i => i.Reference));
    }
}
