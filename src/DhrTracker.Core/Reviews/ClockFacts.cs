namespace DhrTracker.Core.Reviews;

/// <summary>The facts of a review that its clocks depend on. <see cref="AgreedDue"/> is an agreed revised target date for the report, if any.</summary>
public sealed record ClockFacts(
    ReviewStage Stage,
    DateOnly DateNotified,
    ReviewDecision Decision,
    DateOnly? DecisionDate,
    IReadOnlyList<PausePeriod> Pauses,
    DateOnly? AgreedDue = null,
    DateOnly? ReconsideredOn = null)
{
    /// <summary>The decision clock runs from the notification, or afresh from a reopened decision (ADR 0350).</summary>
    public DateOnly DecisionClockStart => ReconsideredOn ?? DateNotified;
}
