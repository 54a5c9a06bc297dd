using System.Text.Json;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;

namespace DhrTracker.IntegrationTests.Actions;

public sealed class AgencyLeadAccessTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_lead_sees_only_their_agencys_actions_and_no_case_content(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);

        var mine = await s.Progress.MyActionsAsync();
        var detail = await s.Progress.GetAsync(s.PoliceAction);

        Assert.Equal([s.PoliceAction], mine.Select(a => a.Id));
        Assert.Equal(("A DHR1", "1.1"), (mine[0].ReviewReference, mine[0].Number));
        var everything = JsonSerializer.Serialize(new { mine, detail });
        Assert.DoesNotContain(PlanSetup.VictimPseudonym, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2026-02-20", everything, StringComparison.Ordinal);
        Assert.Null(await s.Plan.GetAsync(s.ReviewId));
        Assert.Null(await s.Progress.GetAsync(s.HousingAction));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_lead_touching_another_agencys_action_gets_not_found_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);

        await Assert.ThrowsAsync<NotFoundException>(() => s.Progress.PostUpdateAsync(s.HousingAction,
            new ProgressUpdateInput { Date = new DateOnly(2026, 11, 26), Text = "Not mine." }, CaseFile.Pdf()));
        await Assert.ThrowsAsync<NotFoundException>(() => s.Progress.MarkCompleteAsync(s.HousingAction, new CompleteActionInput { Outcome = "x" }));

        await using var context = s.Db.NewContext();
        Assert.Equal((0, 0), (await context.ActionUpdates.CountAsync(), await context.StoredFiles.CountAsync()));
        Assert.Equal(2, await context.AuditEntries.CountAsync(a => a.UserId == s.PoliceLead && a.Outcome == AuditOutcome.Denied));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_lead_cannot_edit_cancel_or_sign_off_their_own_action(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        await s.CompleteAsync(s.PoliceAction, s.PoliceLead);

        var edit = await s.Plan.UpdateActionAsync(s.PoliceAction, CaseFile.NewAction(s.Police, new DateOnly(2027, 1, 31)));
        var cancel = await s.Plan.CancelActionAsync(s.PoliceAction, new CancelActionInput { Reason = "x" });
        var signOff = await s.Plan.SignOffAsync(s.PoliceAction, (await s.Progress.GetAsync(s.PoliceAction))!.Action.Version);

        Assert.All(new[] { edit, cancel, signOff }, r => Assert.Equal(Refusals.NotPermitted, Assert.Single(r.Errors).Message));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_lead_of_another_partnership_sees_nothing(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        await s.Db.CreatePartnershipAsync("Partnership B", "B DHR");
        s.Db.SignInAs(await s.Db.CreateUserAsync(Core.Identity.Roles.AgencyLead, "Partnership B", agency: "Police"));

        Assert.Empty(await s.Progress.MyActionsAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => s.Progress.PostUpdateAsync(s.PoliceAction,
            new ProgressUpdateInput { Date = new DateOnly(2026, 11, 26), Text = "x" }));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Evidence_downloads_only_for_those_who_see_the_action(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        s.Db.SignInAs(s.PoliceLead);
        CaseFile.Ok(await s.Progress.PostUpdateAsync(s.PoliceAction, new ProgressUpdateInput { Date = new DateOnly(2026, 11, 26), Text = "Policy." }, CaseFile.Pdf()));
        var evidenceId = Assert.Single((await s.Progress.GetAsync(s.PoliceAction))!.Evidence).Id;

        var own = await s.Progress.DownloadEvidenceAsync(evidenceId);
        s.Db.SignInAs(s.HousingLead);
        var other = await s.Progress.DownloadEvidenceAsync(evidenceId);
        s.Db.SignInAs(s.Manager);
        var manager = await s.Progress.DownloadEvidenceAsync(evidenceId);

        Assert.Equal((true, false, true), (own is not null, other is not null, manager is not null));
        Assert.Equal(CaseFile.Pdf().Size, own!.Bytes.Length);
    }
}
