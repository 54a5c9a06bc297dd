namespace DhrTracker.Core.Reviews;

/// <summary>The facts of a review that its clocks depend on. <see cref="AgreedDue"/> is an agreed revised target date for the report, if any.</summary>
public sealed record ClockFacts(
    ReviewStage Stage,
    DateOnly DateNotified,
    ReviewDecision Decision,
    DateOnly? DecisionDate,
    IReadOnlyList<PausePeriod> Pauses,
    DateOnly? AgreedDue = null);
