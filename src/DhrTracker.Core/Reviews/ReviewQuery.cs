namespace DhrTracker.Core.Reviews;

/// <summary>
/// Filters of the reviews list; null means "any". The dashboard's numbers link to these same filters.
/// <see cref="AwaitingHomeOffice"/> is "told and waiting for the QA outcome"; <see cref="HomeOfficeNotTold"/>
/// is a decision the Home Office has not yet been told of (ADR 0356).
/// </summary>
public sealed record ReviewQuery(
    string? Search = null,
    ReviewStage? Stage = null,
    Rag? Rag = null,
    int? YearOfDeath = null,
    bool? Paused = null,
    ReviewDecision? Decision = null,
    int? DueWithinDays = null,
    bool AwaitingHomeOffice = false,
    bool HomeOfficeNotTold = false,
    bool CommissionerCopyNotSent = false);
