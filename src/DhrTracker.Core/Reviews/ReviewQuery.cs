namespace DhrTracker.Core.Reviews;

/// <summary>Filters of the reviews list; null means "any". The dashboard's numbers link to these same filters.</summary>
public sealed record ReviewQuery(
    string? Search = null,
    ReviewStage? Stage = null,
    Rag? Rag = null,
    int? YearOfDeath = null,
    bool? Paused = null,
    ReviewDecision? Decision = null,
    int? DueWithinDays = null,
    bool AwaitingHomeOffice = false);
