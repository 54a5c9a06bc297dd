using DhrTracker.Core.Findings;

namespace DhrTracker.UnitTests.Findings;

public sealed class FindingInputValidatorTests
{
    private static FindingInput Valid() => new()
    {
        Type = FindingType.MissedOpportunity,
        Narrative = "No routine enquiry was made at three appointments.",
        ThemeIds = [Guid.NewGuid()],
    };

    private static IEnumerable<string> FieldsRefused(FindingInput input) =>
        new FindingInputValidator().Validate(input).Errors.Select(e => e.PropertyName);

    [Fact]
    public void A_complete_finding_is_valid_without_agency_or_period()
    {
        Assert.Empty(FieldsRefused(Valid()));
    }

    [Fact]
    public void A_finding_without_a_theme_is_refused_naming_the_themes_field()
    {
        var input = Valid();
        input.ThemeIds = [];

        var error = Assert.Single(new FindingInputValidator().Validate(input).Errors);
        Assert.Equal((nameof(FindingInput.ThemeIds), "Choose at least one theme for the finding."), (error.PropertyName, error.ErrorMessage));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_finding_without_a_narrative_is_refused(string narrative)
    {
        var input = Valid();
        input.Narrative = narrative;

        Assert.Equal([nameof(FindingInput.Narrative)], FieldsRefused(input));
    }

    [Fact]
    public void A_finding_without_a_type_is_refused()
    {
        var input = Valid();
        input.Type = null;

        Assert.Equal([nameof(FindingInput.Type)], FieldsRefused(input));
    }

    [Fact]
    public void Overlong_text_is_refused_field_by_field()
    {
        var input = Valid();
        input.Narrative = new string('x', 4001);
        input.AgencyName = new string('x', 201);
        input.PeriodOrEvent = new string('x', 201);

        Assert.Equal([nameof(FindingInput.AgencyName), nameof(FindingInput.Narrative), nameof(FindingInput.PeriodOrEvent)], FieldsRefused(input).Order());
    }
}
