using DhrTracker.Core.Audit;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Briefing;

/// <summary>
/// The briefing service over a register built through the real services, on both databases: the counts the
/// world was built to give, who may see it, a bad period and an unknown partnership refused with nothing written
/// but the audit row, and a partnership with no held reviews.
/// </summary>
public sealed class BriefingServiceTests
{
    private static BriefingRequest Period(BriefingWorld w) => new(w.PartnershipId, BriefingWorld.From, BriefingWorld.To);

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_briefing_counts_the_held_reviews_notified_in_the_period_with_their_victims_themes_and_actions(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        w.Db.SignInAs(w.Users[Roles.Coordinator]);

        var result = await w.Db.Get<BriefingService>().WriteAsync(Period(w));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var r = result.Value!;
        Assert.Equal((BriefingWorld.Partnership, BriefingWorld.Area, "Domestic Homicide Reviews"), (r.Partnership, r.Area, r.ReviewTypePlural));
        Assert.Equal((3, 4), (r.Reviews, r.Victims));
        Assert.Equal((1, 1, 1, 1), (r.PartnerReviews, r.FamilialReviews, r.HouseholdReviews, r.ReviewsWithChildrenInHousehold));
        Assert.Equal([new BriefingTheme("Professional curiosity", 3), new BriefingTheme("MARAC", 1), new BriefingTheme("Supervision", 1)], r.Themes);
        Assert.Equal(1, r.GoodPracticeFindings);
        Assert.Equal(["[name removed]'s probation officer asked about home life at every meeting."], r.GoodPractice);
        Assert.Equal(new BriefingActionCounts(Total: 4, Complete: 1, Overdue: 1), r.Actions);
        Assert.Equal(["Housing", "Police"], r.WhatsChanged.Select(a => a.Agency));
        Assert.Equal([new BriefingAction("Older review action", "Checks in place.", new DateOnly(2023, 5, 1))], r.WhatsChanged[0].Actions);
        Assert.Equal([new BriefingAction("Train call handlers", "All call handlers trained.", new DateOnly(2023, 3, 15))], r.WhatsChanged[1].Actions);
        Assert.Equal(["GP", "Police", "Probation"], r.NextSteps.Select(a => a.Agency));
        Assert.Equal([new BriefingAction("Add a routine enquiry prompt", null, new DateOnly(2020, 6, 30))], r.NextSteps[0].Actions);
        Assert.Equal(new DateOnly(2026, 11, 26), r.WrittenOn);
        Assert.Contains("Exampleshire Safer Partnership is responsible for Domestic Homicide Reviews in Exampleshire.", r.Background);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task All_time_counts_every_held_review_and_the_command_gets_the_good_practice_count_without_its_text(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);

        var result = await w.Db.AsInstallation<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId));

        var r = result.Value!;
        Assert.Equal((5, 6, 2, 2), (r.Reviews, r.Victims, r.PartnerReviews, r.ReviewsWithChildrenInHousehold));
        Assert.Equal((1, 0), (r.GoodPracticeFindings, r.GoodPractice.Count));
        Assert.Equal([new BriefingTheme("Professional curiosity", 3), new BriefingTheme("Alcohol", 2), new BriefingTheme("MARAC", 1), new BriefingTheme("Supervision", 1)],
            r.Themes);
        Assert.Equal(["Housing", "Police"], r.WhatsChanged.Select(a => a.Agency));
        Assert.Equal(["Later review action", "Older review action"], r.WhatsChanged[0].Actions.Select(a => a.Description).Order());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Coordinators_and_managers_may_see_it_and_everyone_else_is_refused_with_a_denied_audit_row(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        foreach (var allowed in new[] { Roles.Coordinator, Roles.Manager })
        {
            w.Db.SignInAs(w.Users[allowed]);
            Assert.True((await w.Db.Get<BriefingService>().WriteAsync(Period(w))).Succeeded, allowed);
        }

        foreach (var refused in new[] { Roles.PanelMember, Roles.AgencyLead, Roles.Administrator, "Other coordinator" })
        {
            w.Db.SignInAs(w.Users[refused]);
            var result = await w.Db.Get<BriefingService>().WriteAsync(Period(w));
            Assert.Null(result.Value);
            Assert.Equal("You do not have permission to see this partnership's briefing.", Assert.Single(result.Errors).Message);
        }

        await using var context = w.Db.NewContext();
        var rows = await context.AuditEntries.Where(a => a.EntityType == BriefingService.Entity).OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.Outcome, a.EntityId, a.Detail }).ToListAsync();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, a => Assert.Equal((AuditActions.View, w.PartnershipId.ToString(), "period=2023-01-10 to 2023-06-30"), (a.Action, a.EntityId, a.Detail)));
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Succeeded, AuditOutcome.Denied, AuditOutcome.Denied, AuditOutcome.Denied, AuditOutcome.Denied],
            rows.Select(a => a.Outcome));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_end_before_the_start_is_refused_by_name_and_writes_only_its_audit_row(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        w.Db.SignInAs(w.Users[Roles.Manager]);
        var before = await AccessMatrixWorlds.FingerprintAsync(w.Db);

        var result = await w.Db.Get<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId, BriefingWorld.To, BriefingWorld.From));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("To", "The end of the period must be on or after its start."), (error.Field, error.Message));
        Assert.Equal(before, await AccessMatrixWorlds.FingerprintAsync(w.Db));
        await using var context = w.Db.NewContext();
        var row = await context.AuditEntries.SingleAsync(a => a.EntityType == BriefingService.Entity);
        Assert.Equal((AuditOutcome.Refused, "period=2023-06-30 to 2023-01-10"), (row.Outcome, row.Detail));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unknown_partnership_is_refused_by_name(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);

        var result = await w.Db.AsInstallation<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId + 1000));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Partnership", "There is no such partnership."), (error.Field, error.Message));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_partnership_with_no_held_reviews_in_the_period_has_none_to_report(DatabaseProvider provider)
    {
        await using var w = await BriefingWorld.CreateAsync(provider);
        w.Db.SignInAs(w.Users["Other coordinator"]);

        var other = (await w.Db.Get<BriefingService>().WriteAsync(new BriefingRequest(w.OtherPartnershipId))).Value!;
        w.Db.SignInAs(w.Users[Roles.Coordinator]);
        var empty = (await w.Db.Get<BriefingService>().WriteAsync(new BriefingRequest(w.PartnershipId, new DateOnly(2024, 1, 1)))).Value!;

        Assert.False(other.HasReviews);
        Assert.Equal(("Otherton Partnership", 0, 0), (other.Area, other.Reviews, other.Victims));
        Assert.False(empty.HasReviews);
        Assert.Empty(empty.Themes);
        Assert.Empty(empty.NextSteps);
        Assert.Empty(empty.WhatsChanged);
        Assert.Equal(new BriefingActionCounts(0, 0, 0), empty.Actions);
    }
}
