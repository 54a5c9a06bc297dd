namespace DhrTracker.Core.Actions;

/// <summary>Plain-English labels for the action enums, as pages and exports show them.</summary>
public static class ActionNames
{
    public static string Display(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.OnTrack => "On track",
        ActionStatus.OffTrack => "Off track",
        ActionStatus.Complete => "Complete",
        ActionStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Display(RecommendationScope scope) => scope.ToString();

    public static string Display(ActionRag rag) => rag.ToString();
}
