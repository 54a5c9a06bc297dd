namespace DhrTracker.Core.Actions;

/// <summary>
/// The one way status and RAG change, so every path (plan edit, progress, complete, cancel) records who
/// last set each and when (ADR 0380).
/// </summary>
public static class StatusAndRag
{
    /// <summary>Sets both; stamps each only when its value changes, or both when the action is new. True when either changed.</summary>
    public static bool Set(ActionItem a, ActionStatus status, ActionRag rag, string userId, DateTime nowUtc, bool isNew = false)
    {
        var statusChanged = isNew || a.Status != status;
        var ragChanged = isNew || a.Rag != rag;
        if (statusChanged)
        {
            a.Status = status;
            a.StatusSetByUserId = userId;
            a.StatusSetUtc = nowUtc;
        }

        if (ragChanged)
        {
            a.Rag = rag;
            a.RagSetByUserId = userId;
            a.RagSetUtc = nowUtc;
        }

        return statusChanged || ragChanged;
    }
}
