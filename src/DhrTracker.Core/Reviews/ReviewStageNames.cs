namespace DhrTracker.Core.Reviews;

public static class ReviewStageNames
{
    public static string Display(this ReviewStage stage) => stage switch
    {
        ReviewStage.Notified => "Notified",
        ReviewStage.Scoping => "Scoping",
        ReviewStage.Commissioning => "Commissioning",
        ReviewStage.InformationGathering => "Information gathering",
        ReviewStage.PanelAnalysis => "Panel analysis",
        ReviewStage.Drafting => "Drafting report",
        ReviewStage.LocalSignOff => "Local sign-off",
        ReviewStage.HomeOfficeQa => "Home Office QA",
        ReviewStage.AwaitingPublication => "Awaiting publication",
        ReviewStage.ActionPlanMonitoring => "Action plan monitoring",
        ReviewStage.Closed => "Closed",
        ReviewStage.NotProceeding => "Not proceeding",
        _ => stage.ToString(),
    };
}
