using System.Text.Json;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.IntegrationTests.Findings;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>R15: reading the trail. What a Coordinator sees on a review's tab, paging and filters in SQL, and plain-English refusals of bad input.</summary>
public sealed class AuditReaderTests
{
    private const string Before = "The GP did not ask about the bruising (synthetic).";
    private const string After = "The GP did not ask about the bruises (synthetic).";

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_coordinator_sees_who_when_what_the_values_changed_and_where_from(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var db = world.Db;
        db.Time.Advance(TimeSpan.FromMinutes(5));
        var changed = await AuditTrailWriter.WriteAsync(db, world.PanelMemberA, world.PartnershipA, AuditActions.Update, "Finding", "f1", world.ReviewA1,
            detail: "Narrative, PeriodOrEvent", changes: JsonSerializer.Serialize(new Dictionary<string, string?[]> { ["Narrative"] = [Before, After], ["PeriodOrEvent"] = [null, "June"] }));
        var retained = await AuditTrailWriter.WriteAsync(db, world.PanelMemberA, world.PartnershipA, AuditActions.Update, "Finding", "f2", world.ReviewA1,
            detail: "Narrative", changes: """{"Narrative":["old","new"]}""");
        await using (var context = db.NewContext())
        {
            // What retention does: the values go, the entry and their hash stay.
            await context.AuditChanges.Where(c => c.AuditEntryId == retained).ExecuteDeleteAsync();
        }

        await AuditTrailWriter.WriteAsync(db, DhrCommandIdentity.UserId, null, AuditActions.Update, "Review", world.ReviewA1.ToString(), world.ReviewA1);

        db.SignInAs(world.CoordinatorA);
        var page = (await db.Get<AuditReader>().ReviewTrailAsync(world.ReviewA1, new AuditSearch(), new PageRequest())).Value!;

        var rows = page.Items.ToDictionary(r => r.Id);
        var row = rows[changed];
        await using var check = db.NewContext();
        var panelMember = await check.Users.SingleAsync(u => u.Id == world.PanelMemberA);
        Assert.Equal((panelMember.DisplayName, panelMember.Email, "Changed finding", AuditOutcome.Succeeded, AuditTrailWriter.Ip, "26 Nov 2026 10:05"),
            (row.Who, row.Email, row.What, row.Outcome, row.IpAddress, row.When));
        Assert.Equal([new AuditFieldChange("Narrative", Before, After), new AuditFieldChange("Period or event", "", "June")], row.Changes);
        Assert.True(rows[retained].ValuesRemoved);
        Assert.Empty(rows[retained].Changes);
        Assert.Equal(AuditLabels.CommandName, page.Items[0].Who);
        Assert.True(page.Items.Zip(page.Items.Skip(1)).All(p => p.First.AtUtc >= p.Second.AtUtc), "newest first");
        // The review's creation is on its trail too (the review's own row names it).
        Assert.Contains(page.Items, r => r.What == "Added review");
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_trail_is_paged_and_filtered_in_sql(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var db = world.Db;
        for (var i = 0; i < 12; i++)
        {
            db.Time.Advance(TimeSpan.FromDays(1));
            var by = i % 3 == 0 ? world.ManagerA : world.PanelMemberA;
            await AuditTrailWriter.WriteAsync(db, by, world.PartnershipA, i % 2 == 0 ? AuditActions.View : AuditActions.Update, "Finding", $"f{i}",
                world.ReviewA1, i == 5 ? AuditOutcome.Denied : AuditOutcome.Succeeded);
        }

        await AuditTrailWriter.WriteAsync(db, world.PanelMemberA, world.PartnershipA, AuditActions.Update, "Finding", "elsewhere", world.ReviewA2);
        db.SignInAs(world.CoordinatorA);
        var reader = db.Get<AuditReader>();
        var emails = await EmailsAsync(db);
        var findings = new AuditSearch { Action = AuditActions.Update };

        var first = (await reader.ReviewTrailAsync(world.ReviewA1, findings, new PageRequest(0, 4))).Value!;
        var last = (await reader.ReviewTrailAsync(world.ReviewA1, findings, new PageRequest(1, 4))).Value!;
        var byManager = (await reader.ReviewTrailAsync(world.ReviewA1, new AuditSearch { UserEmail = emails[world.ManagerA].ToUpperInvariant() }, new PageRequest())).Value!;
        var denied = (await reader.ReviewTrailAsync(world.ReviewA1, new AuditSearch { Outcome = AuditOutcome.Denied }, new PageRequest())).Value!;
        // Days 3 to 5 after 26 Nov (UK days, both included) hold entries 2, 3 and 4.
        var days = (await reader.ReviewTrailAsync(world.ReviewA1, new AuditSearch { From = new(2026, 11, 29), To = new(2026, 12, 1) }, new PageRequest())).Value!;

        Assert.Equal((4, 6), (first.Items.Count, first.TotalCount));
        Assert.Equal((2, 6), (last.Items.Count, last.TotalCount));
        Assert.Empty(first.Items.Select(r => r.Id).Intersect(last.Items.Select(r => r.Id)));
        Assert.All(first.Items.Concat(last.Items), r => Assert.Equal(AuditActions.Update, r.Action));
        Assert.Equal(4, byManager.TotalCount);
        Assert.Equal("Changed finding", Assert.Single(denied.Items).What);
        Assert.Equal(3, days.TotalCount);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Bad_input_is_refused_with_the_field_named_in_plain_english(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var db = world.Db;
        var emails = await EmailsAsync(db);
        db.SignInAs(world.AdminA);
        var reader = db.Get<AuditReader>();

        var backwards = await reader.SearchAsync(new AuditSearch { From = new(2026, 11, 20), To = new(2026, 11, 19) }, new PageRequest());
        var unknownUser = await reader.SearchAsync(new AuditSearch { UserEmail = "nobody@example.org" }, new PageRequest());
        var otherPartnershipUser = await reader.SearchAsync(new AuditSearch { UserEmail = emails[world.CoordinatorB] }, new PageRequest());
        var unknownReference = await reader.SearchAsync(new AuditSearch { ReviewReference = "A DHR99" }, new PageRequest());
        var otherPartnershipReview = await reader.SearchAsync(new AuditSearch { ReviewReference = "B DHR1" }, new PageRequest());
        var unknownAction = await reader.SearchAsync(new AuditSearch { Action = "Teleport" }, new PageRequest());
        var pastTheEnd = await reader.SearchAsync(new AuditSearch(), new PageRequest(40, 25));
        var exportBackwards = await reader.ExportCsvAsync(new AuditSearch { From = new(2026, 11, 20), To = new(2026, 11, 19) });
        db.SignInAs(world.CoordinatorA);
        var tabPastTheEnd = await db.Get<AuditReader>().ReviewTrailAsync(world.ReviewA1, new AuditSearch(), new PageRequest(3));

        AssertRefused(backwards, nameof(AuditSearch.To), "End date must be the same as or after the start date (20 Nov 2026).");
        AssertRefused(unknownUser, nameof(AuditSearch.UserEmail), "User email: nobody with the email address 'nobody@example.org'");
        AssertRefused(otherPartnershipUser, nameof(AuditSearch.UserEmail), "User email: nobody with the email address");
        AssertRefused(unknownReference, nameof(AuditSearch.ReviewReference), "Review reference: no review with the reference 'A DHR99'");
        AssertRefused(otherPartnershipReview, nameof(AuditSearch.ReviewReference), "Review reference:");
        AssertRefused(unknownAction, nameof(AuditSearch.Action), "Action: choose an action from the list.");
        AssertRefused(pastTheEnd, "Page", "Page: there is no page 41;");
        Assert.Equal(nameof(AuditSearch.To), Assert.Single(exportBackwards.Errors).Field);
        AssertRefused(tabPastTheEnd, "Page", "Page: there is no page 4;");
    }

    private static void AssertRefused<T>(Result<T> result, string field, string messageStart)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(messageStart, error.Message);
    }

    internal static async Task<Dictionary<string, string>> EmailsAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.Users.ToDictionaryAsync(u => u.Id, u => u.Email!);
    }
}
