using DhrTracker.Core.Partnerships;

namespace DhrTracker.UnitTests.Partnerships;

public sealed class TimescaleVersionInputValidatorTests
{
    private readonly TimescaleVersionInputValidator validator = new();

    private static TimescaleVersionInput Valid() => new()
    {
        PartnershipId = 1,
        EffectiveFrom = new DateOnly(2027, 4, 1),
        DecisionDueMonths = 1,
        ReportDueMonths = 6,
        Reason = "Revised statutory guidance 2027",
    };

    [Fact]
    public void A_complete_version_is_valid() => Assert.True(validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData(nameof(TimescaleVersionInput.DecisionDueMonths), 0, "Decision timescale must be between 1 and 12 months.")]
    [InlineData(nameof(TimescaleVersionInput.DecisionDueMonths), 13, "Decision timescale must be between 1 and 12 months.")]
    [InlineData(nameof(TimescaleVersionInput.ReportDueMonths), 0, "Report timescale must be between 1 and 36 months.")]
    [InlineData(nameof(TimescaleVersionInput.ReportDueMonths), 37, "Report timescale must be between 1 and 36 months.")]
    public void Timescales_outside_their_bounds_are_refused(string field, int value, string message)
    {
        var input = Valid();
        typeof(TimescaleVersionInput).GetProperty(field)!.SetValue(input, value);
        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal((field, message), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void The_proposed_twelve_month_report_timescale_is_accepted()
    {
        var input = Valid();
        input.ReportDueMonths = 12;
        Assert.True(validator.Validate(input).IsValid);
    }

    [Fact]
    public void The_effective_date_and_the_reason_are_required()
    {
        var input = Valid();
        input.EffectiveFrom = null;
        input.Reason = " ";
        Assert.Equal(
            [
                (nameof(TimescaleVersionInput.EffectiveFrom), "Enter the date the new timescales take effect: they apply to reviews notified on or after it."),
                (nameof(TimescaleVersionInput.Reason), "Enter why the timescales change, for example 'Revised statutory guidance 2026'."),
            ],
            validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }
}
