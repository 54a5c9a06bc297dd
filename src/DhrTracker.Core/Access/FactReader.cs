namespace DhrTracker.Core.Access;

/// <summary>
/// The capacities in which someone reads a review, as the field table names them: a partnership role,
/// or the seat they hold on this review's panel. One person may hold several (a Coordinator who chairs).
/// </summary>
public enum FactReader
{
    Coordinator,
    ReviewChair,
    ReviewAuthor,
    OtherPanelMember,
    Manager,
    AgencyLead,
    Administrator,
}
