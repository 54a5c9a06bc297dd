namespace DhrTracker.Core.Actions;

/// <summary>
/// Filters of the manager's action grid. Overdue and "due within" are derived from the UK date, never stored.
/// <see cref="ThemeId"/> matches recommendations tagged with that theme or any theme merged into it (ADR 0201).
/// </summary>
public sealed record ActionQuery(
    int? AgencyId = null,
    ActionStatus? Status = null,
    ActionRag? Rag = null,
    Guid? ReviewId = null,
    int? DueWithinDays = null,
    bool OverdueOnly = false,
    bool AwaitingSignOffOnly = false,
    Guid? ThemeId = null);
