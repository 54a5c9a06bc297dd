namespace DhrTracker.Core.Actions;

/// <summary>
/// Filters of the manager's action grid. Overdue and "due within" are derived from the UK date, never stored.
/// Themes are not here yet: they arrive with findings and themes (issue 5).
/// </summary>
public sealed record ActionQuery(
    int? AgencyId = null,
    ActionStatus? Status = null,
    ActionRag? Rag = null,
    Guid? ReviewId = null,
    int? DueWithinDays = null,
    bool OverdueOnly = false,
    bool AwaitingSignOffOnly = false);
