namespace DhrTracker.Core.People;

/// <summary>The Home Office grouping of a review, derived from its relationships, never typed.</summary>
public enum ReviewCategory
{
    Partner,
    Familial,
    Household,

    /// <summary>Only other non-relatives: not household members (issue 13), so not counted as Household.</summary>
    Other,
}
