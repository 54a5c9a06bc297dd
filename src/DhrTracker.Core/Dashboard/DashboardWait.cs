using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>
/// A review waiting on someone: the Home Office to be told or to answer, the Commissioner's copy, publication.
/// <see cref="Since"/> is when the wait began, <see cref="Days"/> how long it has lasted, and <see cref="Due"/>
/// the partnership's own deadline where it has one (telling the Home Office).
/// </summary>
public sealed record DashboardWait(Guid Id, string Reference, ReviewStage Stage, DateOnly? Since, int Days, DateOnly? Due = null)
{
    public int DaysOverdue(DateOnly today) => Due is { } due ? Math.Max(0, today.DayNumber - due.DayNumber) : 0;
}
