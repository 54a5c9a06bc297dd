using DhrTracker.Core.People;

namespace DhrTracker.UnitTests.People;

public sealed class PerpetratorInputValidatorTests
{
    private readonly PerpetratorInputValidator validator = new();

    [Fact]
    public void Age_may_be_unknown() => Assert.True(validator.Validate(new PerpetratorInput { Pseudonym = "Adult B" }).IsValid);

    [Fact]
    public void A_perpetrator_may_be_under_16() =>
        Assert.True(validator.Validate(new PerpetratorInput { Pseudonym = "Child C", Age = 15 }).IsValid);

    [Fact]
    public void An_age_below_criminal_responsibility_is_refused()
    {
        var error = Assert.Single(validator.Validate(new PerpetratorInput { Pseudonym = "B", Age = 9 }).Errors);
        Assert.Equal(nameof(PerpetratorInput.Age), error.PropertyName);
    }
}
