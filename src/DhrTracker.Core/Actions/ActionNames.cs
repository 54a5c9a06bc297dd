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

    /// <summary>The status as lists show it: sign-off and the derived "overdue" included.</summary>
    public static string StatusText(ActionRow r) => r switch
    {
        { SignedOff: true } => "Signed off",
        { AwaitingSignOff: true } => "Complete, awaiting sign-off",
        { IsOverdue: true } => $"Overdue ({Display(r.Status).ToLowerInvariant()})",
        _ => Display(r.Status),
    };

    public static string Display(RecommendationScope scope) => scope.ToString();

    public static string Display(ActionRag rag) => rag.ToString();
}
