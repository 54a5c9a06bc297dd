namespace DhrTracker.Core.People;

/// <summary>Derives the Home Office category of a review from what each victim was to each perpetrator.</summary>
public static class ReviewCategoryRules
{
    public static ReviewCategory GroupOf(RelationshipKind kind) => kind switch
    {
        RelationshipKind.SpouseOrCivilPartner or RelationshipKind.CommonLawSpouse or RelationshipKind.Partner
            or RelationshipKind.ExSpouse or RelationshipKind.ExPartner or RelationshipKind.Cohabitant
            or RelationshipKind.CasualSexualPartner => ReviewCategory.Partner,
        RelationshipKind.Parent or RelationshipKind.StepParent or RelationshipKind.Child or RelationshipKind.Grandparent
            or RelationshipKind.Sibling or RelationshipKind.HalfSibling or RelationshipKind.StepSibling
            or RelationshipKind.OtherRelative => ReviewCategory.Familial,
        RelationshipKind.HouseholdMember => ReviewCategory.Household,
        RelationshipKind.OtherNonRelative => ReviewCategory.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown relationship."),
    };

    /// <summary>
    /// Partner if any victim was a current or former partner of a perpetrator, else familial if any
    /// was a relative, else household if any lived in the same household, else other. A review with any
    /// victim who died by suicide is flagged (<see cref="DeathType.Suicide"/>).
    /// </summary>
    public static ReviewClassification Classify(IEnumerable<RelationshipKind> relationships, bool anyVictimDiedBySuicide)
    {
        var groups = relationships.Select(GroupOf).ToHashSet();
        ReviewCategory? category = groups.Count == 0 ? null
            : groups.Contains(ReviewCategory.Partner) ? ReviewCategory.Partner
            : groups.Contains(ReviewCategory.Familial) ? ReviewCategory.Familial
            : groups.Contains(ReviewCategory.Household) ? ReviewCategory.Household
            : ReviewCategory.Other;
        return new ReviewClassification(category, anyVictimDiedBySuicide);
    }
}
