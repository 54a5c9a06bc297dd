using DhrTracker.Core.Common;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Reviews;

public sealed class DardrScopeTestTests
{
    private static readonly Guid VictimId = Guid.NewGuid();
    private static readonly Guid PerpetratorId = Guid.NewGuid();

    private static IReadOnlyList<FieldError> Test(int victimAge, int? perpetratorAge, params RelationshipKind[] kinds) => DardrScopeTest.Check(
        [new ScopeTestPerson(VictimId, "Adult A", victimAge)],
        [new ScopeTestPerson(PerpetratorId, "Adult B", perpetratorAge)],
        kinds.Select(k => (VictimId, PerpetratorId, k)).ToList());

    [Theory]
    [InlineData(RelationshipKind.Partner)]
    [InlineData(RelationshipKind.ExPartner)]
    [InlineData(RelationshipKind.Parent)]
    [InlineData(RelationshipKind.Sibling)]
    [InlineData(RelationshipKind.OtherRelative)]
    public void Partners_ex_partners_and_relatives_aged_16_or_over_are_in_scope(RelationshipKind kind) =>
        Assert.Empty(Test(16, 16, kind));

    [Fact]
    public void A_non_relative_household_member_alone_is_out_of_scope()
    {
        var error = Assert.Single(Test(40, 35, RelationshipKind.HouseholdMember));
        Assert.Equal(nameof(StageMoveInput.Decision), error.Field);
        Assert.StartsWith("Under the Domestic Abuse Act 2021 test a non-relative household member alone is out of scope: Adult A was not a partner, ex-partner or relative of Adult B", error.Message);
    }

    [Fact]
    public void Another_non_relative_is_out_of_scope() => Assert.Single(Test(40, 35, RelationshipKind.OtherNonRelative));

    [Fact]
    public void Any_relationship_kind_not_listed_as_excluded_counts_as_personally_connected() =>
        Assert.All(Enum.GetValues<RelationshipKind>().Where(k => k is not (RelationshipKind.HouseholdMember or RelationshipKind.OtherNonRelative)),
            k => Assert.True(DardrScopeTest.PersonallyConnected(k)));

    [Fact]
    public void A_perpetrator_aged_15_is_out_of_scope()
    {
        var error = Assert.Single(Test(40, 15, RelationshipKind.Child));
        Assert.Equal("Under the Domestic Abuse Act 2021 test both people must be aged 16 or over: the perpetrator Adult B was 15 (People tab).", error.Message);
    }

    [Fact]
    public void A_victim_aged_15_is_out_of_scope() => Assert.Contains("the victim Adult A was 15", Assert.Single(Test(15, 40, RelationshipKind.Parent)).Message);

    [Fact]
    public void A_perpetrator_whose_age_is_not_recorded_cannot_pass() =>
        Assert.Contains("record the age of the perpetrator Adult B", Assert.Single(Test(40, null, RelationshipKind.Partner)).Message);

    [Fact]
    public void A_victim_with_no_relationship_recorded_cannot_pass() =>
        Assert.Contains("record what Adult A was to the perpetrator", Assert.Single(Test(40, 40)).Message);

    [Fact]
    public void With_nobody_recorded_the_test_cannot_pass() =>
        Assert.Contains("must both be recorded", Assert.Single(DardrScopeTest.Check([], [], [])).Message);

    [Fact]
    public void A_victim_killed_by_a_partner_and_a_lodger_is_in_scope()
    {
        var lodger = Guid.NewGuid();
        Assert.Empty(DardrScopeTest.Check(
            [new ScopeTestPerson(VictimId, "Adult A", 30)],
            [new ScopeTestPerson(PerpetratorId, "Adult B", 30), new ScopeTestPerson(lodger, "Adult C", 30)],
            [(VictimId, PerpetratorId, RelationshipKind.Partner), (VictimId, lodger, RelationshipKind.HouseholdMember)]));
    }
}
