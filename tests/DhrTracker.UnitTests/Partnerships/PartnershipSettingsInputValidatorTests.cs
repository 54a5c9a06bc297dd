using DhrTracker.Core.Partnerships;

namespace DhrTracker.UnitTests.Partnerships;

public sealed class PartnershipSettingsInputValidatorTests
{
    private readonly PartnershipSettingsInputValidator validator = new();

    private static PartnershipSettingsInput Valid() => new()
    {
        Name = "Northbridge Community Safety Partnership",
        ReferencePrefix = "Northbridge DHR",
        ReviewTypeName = "Domestic Homicide Review",
        ReviewTypeAbbreviation = "DHR",
        AmberWindowDays = 28,
    };

    [Fact]
    public void Defaults_are_valid() => Assert.True(validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData(nameof(PartnershipSettingsInput.HomeOfficeNotificationDays), -1, "Days to tell the Home Office must be between 0 and 90.")]
    [InlineData(nameof(PartnershipSettingsInput.HomeOfficeNotificationDays), 91, "Days to tell the Home Office must be between 0 and 90.")]
    [InlineData(nameof(PartnershipSettingsInput.AmberWindowDays), -1, "Amber warning must be between 0 and 180 days.")]
    [InlineData(nameof(PartnershipSettingsInput.AmberWindowDays), 181, "Amber warning must be between 0 and 180 days.")]
    [InlineData(nameof(PartnershipSettingsInput.RetentionYears), 0, "Retention period must be a whole number of years between 1 and 100.")]
    [InlineData(nameof(PartnershipSettingsInput.RetentionYears), 101, "Retention period must be a whole number of years between 1 and 100.")]
    public void Timescales_outside_their_bounds_are_refused(string field, int value, string message)
    {
        var input = Valid();
        typeof(PartnershipSettingsInput).GetProperty(field)!.SetValue(input, value);
        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal(field, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Review_type_name_is_required()
    {
        var input = Valid();
        input.ReviewTypeName = " ";
        Assert.Equal(nameof(PartnershipSettingsInput.ReviewTypeName), Assert.Single(validator.Validate(input).Errors).PropertyName);
    }

    [Theory]
    [InlineData(" ", "Enter the short form of the review type, for example 'DHR' or 'DARDR'.")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU", "Short form must be 20 characters or fewer.")]
    public void Review_type_short_form_is_required_and_short(string value, string message)
    {
        var input = Valid();
        input.ReviewTypeAbbreviation = value;
        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal((nameof(PartnershipSettingsInput.ReviewTypeAbbreviation), message), (error.PropertyName, error.ErrorMessage));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(20)]
    public void The_small_number_threshold_is_empty_or_from_2_to_20(int? threshold)
    {
        var input = Valid();
        input.SmallNumberThreshold = threshold;
        Assert.True(validator.Validate(input).IsValid);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(21)]
    public void A_small_number_threshold_outside_2_to_20_is_refused_by_name(int threshold)
    {
        var input = Valid();
        input.SmallNumberThreshold = threshold;
        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal((nameof(PartnershipSettingsInput.SmallNumberThreshold), "Small-number threshold must be empty or a whole number between 2 and 20."),
            (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void Area_name_and_background_text_are_limited_to_their_stored_lengths()
    {
        var input = Valid();
        input.AreaName = new string('a', Partnership.AreaNameMaxLength);
        input.BriefingBackground = new string('b', Partnership.BriefingBackgroundMaxLength);
        Assert.True(validator.Validate(input).IsValid);

        input.AreaName += "a";
        input.BriefingBackground += "b";
        Assert.Equal(
            [
                (nameof(PartnershipSettingsInput.AreaName), "Area name must be 100 characters or fewer."),
                (nameof(PartnershipSettingsInput.BriefingBackground), "Background text must be 4,000 characters or fewer."),
            ],
            validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }
}
