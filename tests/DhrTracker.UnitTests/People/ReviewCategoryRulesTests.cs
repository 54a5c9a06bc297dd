using DhrTracker.Core.People;

namespace DhrTracker.UnitTests.People;

public sealed class ReviewCategoryRulesTests
{
    // Every value of the Home Office vocabulary, with the group the Home Office puts it in
    // (written out by hand from DHR-PRIMER section 4, not derived from the code).
    public static TheoryData<RelationshipKind, ReviewCategory> EveryRelationship => new()
    {
        { RelationshipKind.SpouseOrCivilPartner, ReviewCategory.Partner },
        { RelationshipKind.CommonLawSpouse, ReviewCategory.Partner },
        { RelationshipKind.Cohabitant, ReviewCategory.Partner },
        { RelationshipKind.Partner, ReviewCategory.Partner },
        { RelationshipKind.CasualSexualPartner, ReviewCategory.Partner },
        { RelationshipKind.ExSpouse, ReviewCategory.Partner },
        { RelationshipKind.ExPartner, ReviewCategory.Partner },
        { RelationshipKind.Parent, ReviewCategory.Familial },
        { RelationshipKind.StepParent, ReviewCategory.Familial },
        { RelationshipKind.Child, ReviewCategory.Familial },
        { RelationshipKind.Grandparent, ReviewCategory.Familial },
        { RelationshipKind.Sibling, ReviewCategory.Familial },
        { RelationshipKind.HalfSibling, ReviewCategory.Familial },
        { RelationshipKind.StepSibling, ReviewCategory.Familial },
        { RelationshipKind.OtherRelative, ReviewCategory.Familial },
        { RelationshipKind.HouseholdMember, ReviewCategory.Household },
        { RelationshipKind.OtherNonRelative, ReviewCategory.Other },
    };

    [Theory]
    [MemberData(nameof(EveryRelationship))]
    public void A_single_relationship_gives_its_group(RelationshipKind kind, ReviewCategory expected) =>
        Assert.Equal(new ReviewClassification(expected, false), ReviewCategoryRules.Classify([kind], false));

    [Fact]
    public void The_table_covers_every_relationship_value() =>
        Assert.Equal(Enum.GetValues<RelationshipKind>().Order(), EveryRelationship.Select(row => (RelationshipKind)row.Data.Item1).Order());

    [Fact]
    public void No_relationship_recorded_gives_no_category_yet() =>
        Assert.Null(ReviewCategoryRules.Classify([], false).Category);

    [Fact]
    public void Two_parents_killed_by_their_son_is_familial()
    {
        // Each victim was the perpetrator's parent.
        var result = ReviewCategoryRules.Classify([RelationshipKind.Parent, RelationshipKind.Parent], false);
        Assert.Equal(ReviewCategory.Familial, result.Category);
    }

    [Fact]
    public void A_woman_and_her_new_partner_killed_by_her_ex_partner_is_a_partner_review()
    {
        // She was his ex-partner; her new partner was no relative of his.
        var result = ReviewCategoryRules.Classify([RelationshipKind.ExPartner, RelationshipKind.OtherNonRelative], false);
        Assert.Equal(ReviewCategory.Partner, result.Category);
    }

    [Fact]
    public void A_partner_relationship_outranks_a_familial_one_in_any_order()
    {
        Assert.Equal(ReviewCategory.Partner, ReviewCategoryRules.Classify([RelationshipKind.Child, RelationshipKind.Partner], false).Category);
        Assert.Equal(ReviewCategory.Partner, ReviewCategoryRules.Classify([RelationshipKind.Partner, RelationshipKind.Child], false).Category);
    }

    [Fact]
    public void A_relative_outranks_a_household_member()
    {
        // A mother and her lodger killed by her son.
        var result = ReviewCategoryRules.Classify([RelationshipKind.HouseholdMember, RelationshipKind.Parent], false);
        Assert.Equal(ReviewCategory.Familial, result.Category);
    }

    [Fact]
    public void Only_household_members_gives_household() =>
        Assert.Equal(ReviewCategory.Household,
            ReviewCategoryRules.Classify([RelationshipKind.HouseholdMember, RelationshipKind.HouseholdMember], false).Category);

    [Fact]
    public void Only_other_non_relatives_gives_other_not_household() =>
        Assert.Equal(ReviewCategory.Other,
            ReviewCategoryRules.Classify([RelationshipKind.OtherNonRelative, RelationshipKind.OtherNonRelative], false).Category);

    [Fact]
    public void A_household_member_outranks_an_other_non_relative()
    {
        // A lodger and a visiting friend killed by the householder.
        var result = ReviewCategoryRules.Classify([RelationshipKind.OtherNonRelative, RelationshipKind.HouseholdMember], false);
        Assert.Equal(ReviewCategory.Household, result.Category);
    }

    [Fact]
    public void Every_relationship_value_has_a_group_so_a_new_value_cannot_slip_through()
    {
        foreach (var kind in Enum.GetValues<RelationshipKind>())
        {
            Assert.True(Enum.IsDefined(ReviewCategoryRules.GroupOf(kind)), $"{kind} has no group.");
        }
    }

    [Fact]
    public void A_death_by_suicide_is_flagged_and_keeps_its_category()
    {
        var result = ReviewCategoryRules.Classify([RelationshipKind.Partner], anyVictimDiedBySuicide: true);
        Assert.Equal(new ReviewClassification(ReviewCategory.Partner, true), result);
    }
}
