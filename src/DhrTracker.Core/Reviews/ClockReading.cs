namespace DhrTracker.Core.Reviews;

/// <summary>
/// A review's deadlines on a given day. <see cref="StatutoryDue"/>, <see cref="DaysOverdue"/> and
/// <see cref="Rag"/> follow the statutory timescale (what the Home Office measures); the adjusted
/// figures leave out paused days, to show how much of the delay the pauses explain.
/// </summary>
public sealed record ClockReading(
    ClockKind Kind,
    DateOnly DecisionDue,
    DateOnly? ReportDue,
    DateOnly? StatutoryDue,
    DateOnly? AdjustedDue,
    int PausedDays,
    int DaysOverdue,
    int AdjustedDaysOverdue,
    int? DaysRemaining,
    Rag Rag,
    PauseReason? PausedFor);
