namespace DhrTracker.Core.Agencies;

/// <summary>
/// A review's agency requests: every involved agency's four submissions (requested or not), and whether
/// the user may record requests, chases and receipts.
/// </summary>
public sealed record ReviewRequestsView(Guid ReviewId, string Reference, IReadOnlyList<AgencyRequestRow> Rows, bool CanChange)
{
    public int OverdueCount => Rows.Count(r => r.IsOverdue);
}
