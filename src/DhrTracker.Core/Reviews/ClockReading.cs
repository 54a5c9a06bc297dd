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
    // Unset, the RAG figures are the statutory ones: a reading made without an agreed date means exactly that.
    private readonly DateOnly? ragDue;
    private readonly int? ragDaysOverdue;
    private readonly (bool Set, int? Value) ragDaysRemaining;

    /// <summary>The date <see cref="Rag"/> was measured against: the statutory date, or the agreed one when RAG follows it.</summary>
    public DateOnly? RagDue { get => ragDue ?? StatutoryDue; init => ragDue = value; }

    public int RagDaysOverdue { get => ragDaysOverdue ?? DaysOverdue; init => ragDaysOverdue = value; }
    public int? RagDaysRemaining { get => ragDaysRemaining.Set ? ragDaysRemaining.Value : DaysRemaining; init => ragDaysRemaining = (true, value); }

    /// <summary>True when RAG was measured against the agreed date rather than the statutory one.</summary>
    public bool RagFollowsAgreed => RagDue is not null && RagDue != StatutoryDue;
}
