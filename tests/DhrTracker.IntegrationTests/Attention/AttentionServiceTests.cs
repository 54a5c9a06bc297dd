using DhrTracker.Core.Agencies;
using DhrTracker.Core.Attention;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Live;
using DhrTracker.Core.Reviews;
using DhrTracker.IntegrationTests.Actions;

namespace DhrTracker.IntegrationTests.Attention;

/// <summary>
/// Issue 16 item 13 (ADR 0390): what needs each user today, on the plan world of <see cref="PlanSetup"/> (review A DHR1 notified
/// 2 Mar 2026 with no decision, so its decision date, 2 Apr 2026, has passed; Housing's action overdue; the clock at 26 Nov 2026).
/// </summary>
public sealed class AttentionServiceTests
{
    private static async Task<IReadOnlyList<AttentionItem>> AsAsync(PlanSetup s, string user)
    {
        s.Db.SignInAs(user);
        return await s.Db.Get<AttentionService>().GetAsync();
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_coordinator_sees_the_passed_deadline_of_a_review_and_nothing_that_is_not_theirs(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);

        var items = await AsAsync(s, s.Coordinator);

        var deadline = Assert.Single(items);
        Assert.Equal(new AttentionItem("A DHR1: statutory deadline passed on 2 Apr 2026", $"/reviews/{s.ReviewId}", true), deadline);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_lead_is_asked_to_update_their_agencys_late_action_and_no_one_elses(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);

        var housing = await AsAsync(s, s.HousingLead);
        var police = await AsAsync(s, s.PoliceLead);

        Assert.Equal([new AttentionItem("1 of your agency's actions is past its target date: update it", "/my-actions", true)], housing);
        Assert.Empty(police);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_completed_action_awaits_the_sign_off_of_a_manager_outside_the_owning_agency_only(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        await s.CompleteAsync(s.PoliceAction, s.PoliceLead);

        var manager = await AsAsync(s, s.Manager);
        var owner = await AsAsync(s, s.PoliceManager);

        Assert.Contains(new AttentionItem("1 completed action awaiting your sign-off", "/actions?signoff=true"), manager);
        Assert.DoesNotContain(owner, i => i.Link == "/actions?signoff=true");
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Documents_added_by_someone_else_show_until_the_user_opens_the_review(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        var member = await s.Db.CreateUserAsync(Roles.PanelMember, PlanSetup.Partnership);
        await CaseFile.SeatAsync(s.Db, s.ReviewId, member);
        s.Db.SignInAs(member);
        Assert.NotNull(await s.Db.Get<ReviewService>().GetAsync(s.ReviewId));
        s.Db.Time.Advance(TimeSpan.FromMinutes(5));
        await UploadAsync(s, "Police IMR");
        await UploadAsync(s, "Housing IMR");

        var before = await AsAsync(s, member);
        Assert.NotNull(await s.Db.Get<ReviewService>().GetAsync(s.ReviewId));
        s.Db.Time.Advance(TimeSpan.FromMinutes(5));
        var afterOpening = await AsAsync(s, member);
        await UploadAsync(s, "Chronology");
        var afterAnother = await AsAsync(s, member);
        var coordinator = await AsAsync(s, s.Coordinator);

        var added = new AttentionItem("A DHR1: 2 documents added since you last opened it", $"/reviews/{s.ReviewId}");
        Assert.Contains(added, before);
        Assert.DoesNotContain(afterOpening, i => i.Text.Contains("added since", StringComparison.Ordinal));
        Assert.Contains(added with { Text = "A DHR1: 1 document added since you last opened it" }, afterAnother);
        Assert.DoesNotContain(coordinator, i => i.Text.Contains("added since", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_saved_change_is_told_to_open_pages_with_its_review_and_a_read_is_not(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        var heard = new List<ReviewChange>();
        var feed = s.Db.Get<ReviewChangeFeed>();
        feed.Changed += heard.Add;
        try
        {
            s.Db.SignInAs(s.Coordinator);
            Assert.NotNull(await s.Db.Get<ReviewService>().GetAsync(s.ReviewId));
            Assert.Empty(heard);

            CaseFile.Ok(await s.Db.Get<ReviewAgencyService>().AddAsync(s.ReviewId, new ReviewAgencyInput { AgencyId = s.Housing }));
        }
        finally
        {
            feed.Changed -= heard.Add;
        }

        var change = Assert.Single(heard);
        await using var context = s.Db.NewContext();
        var partnership = await context.Reviews.Where(r => r.Id == s.ReviewId).Select(r => r.PartnershipId).SingleAsync();
        Assert.Equal(new ReviewChange(s.ReviewId, partnership, s.Coordinator), change);
    }

    private static async Task UploadAsync(PlanSetup s, string title)
    {
        s.Db.SignInAs(s.Coordinator);
        CaseFile.Ok(await s.Db.Get<ReviewDocumentService>().UploadAsync(s.ReviewId, new DocumentUploadInput { Kind = DocumentKind.Imr, Title = title }, CaseFile.Pdf()));
    }
}
