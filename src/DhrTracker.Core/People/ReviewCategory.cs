namespace DhrTracker.Core.People;

/// <summary>The Home Office grouping of a review, derived from its relationships, never typed.</summary>
public enum ReviewCategory
{
    Partner,
    Familial,
    Household,
}
