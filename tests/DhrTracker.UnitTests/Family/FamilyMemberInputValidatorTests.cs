using DhrTracker.Core.Family;

namespace DhrTracker.UnitTests.Family;

/// <summary>Each refusal names its field and says the rule in plain English.</summary>
public sealed class FamilyMemberInputValidatorTests
{
    private static Dictionary<string, string> Errors(FamilyMemberInput input) =>
        new FamilyMemberInputValidator().Validate(input).Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage);

    [Fact]
    public void A_person_without_a_relationship_or_pseudonym_is_refused_naming_both_fields()
    {
        var errors = Errors(new FamilyMemberInput());

        Assert.Equal(FamilyMemberInputValidator.MissingRole, errors[nameof(FamilyMemberInput.Role)]);
        Assert.Equal(FamilyMemberInputValidator.MissingPseudonym, errors[nameof(FamilyMemberInput.Pseudonym)]);
    }

    [Fact]
    public void An_advocacy_answer_needs_an_offer_a_service_and_a_date_no_earlier_than_the_offer()
    {
        var noOffer = Errors(new FamilyMemberInput { Role = NetworkRole.Parent, Pseudonym = "Mother M", AdvocacyAnswer = AdvocacyAnswer.Accepted, AdvocacyAnsweredOn = new DateOnly(2026, 11, 2) });
        Assert.Contains("offered", noOffer[nameof(FamilyMemberInput.AdvocacyOfferedOn)]);

        var early = Errors(new FamilyMemberInput
        {
            Role = NetworkRole.Parent,
            Pseudonym = "Mother M",
            AdvocacyOfferedOn = new DateOnly(2026, 11, 5),
            AdvocacyAnswer = AdvocacyAnswer.Declined,
            AdvocacyAnsweredOn = new DateOnly(2026, 11, 2),
        });
        Assert.Equal("The answer to the advocacy offer cannot be dated before the offer.", early[nameof(FamilyMemberInput.AdvocacyAnsweredOn)]);
        Assert.Equal("Enter the advocacy service offered, for example AAFDA.", early[nameof(FamilyMemberInput.AdvocacyOrganisation)]);
    }

    [Fact]
    public void A_complete_person_is_accepted()
    {
        Assert.Empty(Errors(new FamilyMemberInput
        {
            Role = NetworkRole.Employer,
            Pseudonym = "Employer E",
            AdvocacyOfferedOn = new DateOnly(2026, 11, 5),
            AdvocacyOrganisation = "AAFDA",
            AdvocacyAnswer = AdvocacyAnswer.Accepted,
            AdvocacyAnsweredOn = new DateOnly(2026, 11, 6),
        }));
    }
}
