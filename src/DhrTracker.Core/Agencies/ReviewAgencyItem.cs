namespace DhrTracker.Core.Agencies;

/// <summary>An agency's involvement in a review, with each submission's overdue state today.</summary>
public sealed record ReviewAgencyItem(Guid Id, string AgencyName, ReviewAgencyInput Details, IReadOnlyList<Submission> Submissions, DateOnly Today)
{
    public bool IsOverdue => Submissions.Any(s => s.IsOverdueOn(Today));
}
