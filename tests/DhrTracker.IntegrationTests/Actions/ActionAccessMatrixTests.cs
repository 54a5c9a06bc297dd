using System.Reflection;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Actions;

/// <summary>
/// Every role against every write of the action-plan services, on the Police action of
/// <see cref="PlanSetup"/>. "Allowed" saves; "Refused" is a refusal; "NotFound" means invisible.
/// </summary>
public sealed class ActionAccessMatrixTests
{
    public enum Outcome { Allowed, Refused, NotFound }

    private static readonly ProgressUpdateInput Update = new() { Date = new DateOnly(2026, 11, 26), Text = "Progress." };

    private static readonly Dictionary<string, Func<PlanSetup, Task<bool>>> Operations = new()
    {
        ["AddRecommendation"] = async s => (await s.Plan.AddRecommendationAsync(s.ReviewId, new RecommendationInput
        { Number = 2, Text = "Share risk information.", Scope = RecommendationScope.Regional, MadeOn = PlanSetup.RecommendationMade })).Succeeded,
        ["UpdateRecommendation"] = async s => (await s.Plan.UpdateRecommendationAsync(s.ReviewId, s.RecommendationId, new RecommendationInput
        { Number = 1, Text = "Reworded.", Scope = RecommendationScope.Local, MadeOn = PlanSetup.RecommendationMade })).Succeeded,
        ["AddAction"] = async s => (await s.Plan.AddActionAsync(s.RecommendationId, PlanSetup.NewAction(s.Police, new DateOnly(2027, 6, 30)))).Succeeded,
        ["UpdateAction"] = async s => (await s.Plan.UpdateActionAsync(s.PoliceAction, PlanSetup.NewAction(s.Police, new DateOnly(2027, 1, 31)))).Succeeded,
        ["CancelAction"] = async s => (await s.Plan.CancelActionAsync(s.PoliceAction, new CancelActionInput { Reason = "No longer needed." })).Succeeded,
        ["PostUpdate"] = async s => (await s.Progress.PostUpdateAsync(s.PoliceAction, Update, PlanSetup.Pdf())).Succeeded,
        ["MarkComplete"] = async s => (await s.Progress.PostUpdateAsync(s.PoliceAction, Update, PlanSetup.Pdf())).Succeeded
            && (await s.Progress.MarkCompleteAsync(s.PoliceAction, new CompleteActionInput { Outcome = "Done." })).Succeeded,
        ["SignOff"] = async s => (await s.Plan.SignOffAsync(s.PoliceAction, (await s.Progress.GetAsync(s.PoliceAction))?.Action.Version ?? Guid.Empty)).Succeeded,
    };

    public static TheoryData<string, string, Outcome> Matrix()
    {
        var data = new TheoryData<string, string, Outcome>();
        foreach (var op in Operations.Keys)
        {
            var planWrite = op is "AddRecommendation" or "UpdateRecommendation" or "AddAction";
            var reporting = op is "PostUpdate" or "MarkComplete";
            data.Add("Coordinator", op, op == "SignOff" ? Outcome.Refused : Outcome.Allowed);
            data.Add("Manager", op, Outcome.Allowed);
            data.Add("OwnerAgencyManager", op, op == "SignOff" ? Outcome.Refused : Outcome.Allowed);
            data.Add("OwnerAgencyLead", op, planWrite ? Outcome.NotFound : reporting ? Outcome.Allowed : Outcome.Refused);
            data.Add("OtherAgencyLead", op, Outcome.NotFound);
            data.Add("UnseatedPanelMember", op, Outcome.NotFound);
            data.Add("Administrator", op, Outcome.NotFound);
            data.Add("OtherPartnershipCoordinator", op, Outcome.NotFound);
        }

        return data;
    }

    [Theory, MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_its_outcome(string who, string operation, Outcome expected)
    {
        await using var s = await PlanSetup.CreateAsync(DatabaseProvider.Sqlite);
        if (operation == "SignOff")
        {
            await s.CompleteAsync(s.PoliceAction, s.Coordinator);
        }

        s.Db.SignInAs(who switch
        {
            "Coordinator" => s.Coordinator,
            "Manager" => s.Manager,
            "OwnerAgencyManager" => s.PoliceManager,
            "OwnerAgencyLead" => s.PoliceLead,
            "OtherAgencyLead" => s.HousingLead,
            "UnseatedPanelMember" => await s.Db.CreateUserAsync(Roles.PanelMember, PlanSetup.Partnership),
            "Administrator" => await s.Db.CreateUserAsync(Roles.Administrator, PlanSetup.Partnership),
            _ => await OtherCoordinatorAsync(s.Db),
        });

        Outcome actual;
        try
        {
            actual = await Operations[operation](s) ? Outcome.Allowed : Outcome.Refused;
        }
        catch (NotFoundException)
        {
            actual = Outcome.NotFound;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_matrix_covers_every_public_method_of_the_action_services()
    {
        // A new public method must be added here (writes to the matrix, reads and exports to the lead-access, dashboard and export tests) deliberately.
        var methods = new[] { typeof(ActionPlanService), typeof(ActionProgressService), typeof(ActionDashboardService), typeof(ActionExportService), typeof(ActionSnapshotService) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => $"{t.Name}.{m.Name}"))
            .Distinct().Order().ToList();

        string[] covered =
        [
            "ActionDashboardService.ListAsync", "ActionDashboardService.SummaryAsync", "ActionExportService.ExportAsync", "ActionSnapshotService.AsAtAsync", "ActionPlanService.AddActionAsync", "ActionPlanService.AddRecommendationAsync", "ActionPlanService.CancelActionAsync",
            "ActionPlanService.GetAsync", "ActionPlanService.SignOffAsync", "ActionPlanService.UpdateActionAsync",
            "ActionPlanService.UpdateRecommendationAsync", "ActionProgressService.DownloadEvidenceAsync", "ActionProgressService.GetAsync",
            "ActionProgressService.MarkCompleteAsync", "ActionProgressService.MyActionsAsync", "ActionProgressService.PostUpdateAsync",
        ];
        Assert.Equal(covered.Order(), methods);
    }

    private static async Task<string> OtherCoordinatorAsync(TestDatabase db)
    {
        await db.CreatePartnershipAsync("Partnership B", "B DHR");
        return await db.CreateUserAsync(Roles.Coordinator, "Partnership B");
    }
}
