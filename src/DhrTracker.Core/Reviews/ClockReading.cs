namespace DhrTracker.Core.Reviews;

/// <summary>
/// A review's deadlines on a given day. <see cref="StatutoryDue"/>, <see cref="DaysOverdue"/> and
/// <see cref="DaysRemaining"/> follow the statutory timescale (what the Home Office measures); the adjusted
/// figures leave out paused days, to show how much of the delay the pauses explain. <see cref="AgreedDue"/>
/// is a revised target date agreed for the report; <see cref="Rag"/> follows it only when the partnership
/// says so (ADR 0357), and <see cref="RagDue"/> says which date it followed.
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
    PauseReason? PausedFor,
    DateOnly? AgreedDue = null)
{
    /// <summary>The date <see cref="Rag"/> was measured against: the statutory date, or the agreed one when RAG follows it.</summary>
    public DateOnly? RagDue { get; init; }

    public int RagDaysOverdue { get; init; }
    public int? RagDaysRemaining { get; init; }

    /// <summary>True when RAG was measured against the agreed date rather than the statutory one.</summary>
    public bool RagFollowsAgreed => RagDue is not null && RagDue != StatutoryDue;
}
