namespace DhrTracker.Core.Actions;

/// <summary>Plain-English labels for the action enums, as pages and exports show them.</summary>
public static class ActionNames
{
    public static string Display(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.OnTrack => "On track",
        ActionStatus.OffTrack => "Off track",
        ActionStatus.Complete => "Complete",
        ActionStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>The status as lists show it: sign-off and the derived "overdue" included.</summary>
    public static string StatusText(ActionRow r) => StatusText(r.Status, r.SignedOff, r.AwaitingSignOff, r.IsOverdue);

    /// <summary>The same, for an action read without its row (the export streams the stored fields).</summary>
    public static string StatusText(ActionItem a, DateOnly today) =>
        StatusText(a.Status, a.SignedOffUtc is not null, ActionRules.AwaitingSignOff(a), ActionRules.IsOverdue(a, today));

    private static string StatusText(ActionStatus status, bool signedOff, bool awaitingSignOff, bool overdue) =>
        signedOff ? "Signed off"
        : awaitingSignOff ? "Complete, awaiting sign-off"
        : overdue ? $"Overdue ({Display(status).ToLowerInvariant()})"
        : Display(status);

    public static string Display(RecommendationScope scope) => scope.ToString();

    public static string Display(ActionRag rag) => rag.ToString();

    /// <summary>The RAG as shown, saying so when the dates overrode a greener rating (ADR 0380).</summary>
    public static string RagText(ActionRow r) => r.Rag == r.RagSet
        ? Display(r.Rag)
        : $"{Display(r.Rag)} ({(r.IsOverdue ? "past its target date" : "due soon")}; set as {Display(r.RagSet).ToLowerInvariant()})";

    /// <summary>"Sam Lee, 26 Nov 2026 14:05": who last set a status or RAG; older actions did not record it.</summary>
    public static string SetBy(string? name, DateTime? atUtc) => atUtc is { } at
        ? $"{(string.IsNullOrWhiteSpace(name) ? "A former user" : name)}, {UkDates.FormatUtc(at)}"
        : "Not recorded (set before DhrTracker kept this)";
}
