namespace DhrTracker.Core.Reviews;

/// <summary>The facts of a review that its clocks depend on.</summary>
public sealed record ClockFacts(
    ReviewStage Stage,
    DateOnly DateNotified,
    ReviewDecision Decision,
    DateOnly? DecisionDate,
    IReadOnlyList<PausePeriod> Pauses);
