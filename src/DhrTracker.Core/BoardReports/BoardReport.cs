using DhrTracker.Core.Actions;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.BoardReports;

/// <summary>
/// The progress report a CSP board receives each quarter (issue 12): every open review with its clocks and
/// why it is late, and the action plans by agency with the overdue actions. Read on <see cref="AsOf"/>,
/// the UK date; holds references, stages, dates and plan text only — no victim or perpetrator detail.
/// </summary>
public sealed record BoardReport(
    string Partnership,
    DateOnly AsOf,
    IReadOnlyList<BoardReviewRow> Reviews,
    IReadOnlyList<AgencyActionSummary> Agencies,
    IReadOnlyList<ActionRow> OverdueActions)
{
    public int ReviewsOverdue => Reviews.Count(r => r.Clock.DaysOverdue > 0);
}

/// <param name="Why">Why the review is where it is: a pause and its reason, paused days, parallel proceedings still running.</param>
/// <param name="NextKeyDate">The next date that matters from today: the clock's due date or a proceeding's next key date.</param>
public sealed record BoardReviewRow(
    Guid Id,
    string Reference,
    ReviewStage Stage,
    DateOnly DateNotified,
    ClockReading Clock,
    IReadOnlyList<string> Why,
    KeyDate? NextKeyDate);

/// <summary>A dated event on the board's horizon, e.g. "Report due" or "Inquest: next key date".</summary>
public sealed record KeyDate(DateOnly Date, string What);
