using DhrTracker.Core.People;

namespace DhrTracker.UnitTests.People;

public sealed class VictimInputValidatorTests
{
    private readonly VictimInputValidator validator = new();

    private static VictimInput Valid() => new() { Pseudonym = "Adult A", AgeAtDeath = 34 };

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
        Assert.Contains(errors, e => e.PropertyName == nameof(VictimInput.Pseudonym));
    }

    [Fact]
    public void A_value_outside_a_list_is_refused()
    {
        var input = Valid();
        input.Ethnicity = (Ethnicity)999;
        Assert.Contains(validator.Validate(input).Errors, e => e.PropertyName == nameof(VictimInput.Ethnicity));
    }
}
