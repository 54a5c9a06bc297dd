using DhrTracker.Core.People;

namespace DhrTracker.UnitTests.People;

public sealed class VictimInputValidatorTests
{
    private readonly VictimInputValidator validator = new();

    private static VictimInput Valid() => new() { Pseudonym = "Jo", AgeAtDeath = 34, PseudonymChoice = PseudonymChoice.AgreedWithFamily };

    [Fact]
    public void A_named_adult_victim_is_valid() => Assert.True(validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData(15)]
    [InlineData(0)]
    public void An_age_under_16_is_refused_naming_the_field(int age)
    {
        var input = Valid();
        input.AgeAtDeath = age;
        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal(nameof(VictimInput.AgeAtDeath), error.PropertyName);
        Assert.StartsWith("Age at death must be 16 or over", error.ErrorMessage);
    }

    [Fact]
    public void Sixteen_is_accepted()
    {
        var input = Valid();
        input.AgeAtDeath = 16;
        Assert.True(validator.Validate(input).IsValid);
    }

    [Fact]
    public void A_missing_age_or_pseudonym_is_named()
    {
        var errors = validator.Validate(new VictimInput { Pseudonym = " " }).Errors;
        Assert.Contains(errors, e => e.PropertyName == nameof(VictimInput.AgeAtDeath) && e.ErrorMessage == "Enter the age at death.");
        Assert.Contains(errors, e => e.PropertyName == nameof(VictimInput.Pseudonym)
            && e.ErrorMessage == "Enter a pseudonym: a name agreed with the family, for example 'Jo'.");
    }

    [Fact]
    public void A_new_victim_without_how_the_pseudonym_was_chosen_is_refused_naming_the_field()
    {
        var input = Valid();
        input.PseudonymChoice = null;

        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal((nameof(VictimInput.PseudonymChoice),
                "Choose how the pseudonym was chosen: agreed with the family, chosen by the panel, or the family declined."),
            (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void A_victim_recorded_before_the_choice_was_asked_can_be_edited_without_it()
    {
        var input = Valid();
        input.PseudonymChoice = null;
        input.Version = Guid.NewGuid();

        Assert.True(validator.Validate(input).IsValid);
    }

    [Fact]
    public void A_type_of_death_outside_the_list_is_refused()
    {
        var input = Valid();
        input.DeathType = (DeathType)99;
        Assert.Contains(validator.Validate(input).Errors, e => e.PropertyName == nameof(VictimInput.DeathType));
    }

    [Fact]
    public void A_value_outside_a_list_is_refused()
    {
        var input = Valid();
        input.Ethnicity = (Ethnicity)999;
        Assert.Contains(validator.Validate(input).Errors, e => e.PropertyName == nameof(VictimInput.Ethnicity));
    }
}
