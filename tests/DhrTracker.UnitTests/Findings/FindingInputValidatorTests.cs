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

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Other_agency_without_a_note_is_refused_naming_the_agency_note(string? note)
    {
        var input = Valid();
        input.OtherAgency = true;
        input.AgencyNote = note;

        var error = Assert.Single(new FindingInputValidator().Validate(input).Errors);
        Assert.Equal((nameof(FindingInput.AgencyNote), "Enter the agency note: which agency this is, as it is not on the register."),
            (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void A_register_agency_with_a_leftover_note_or_other_with_a_note_is_valid()
    {
        var register = Valid();
        register.AgencyId = 7;
        register.AgencyNote = new string('x', 300);
        var other = Valid();
        other.OtherAgency = true;
        other.AgencyNote = "Local tenants' association";

        Assert.Empty(FieldsRefused(register));
        Assert.Empty(FieldsRefused(other));
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
        input.OtherAgency = true;
        input.AgencyNote = new string('x', 201);
        input.PeriodOrEvent = new string('x', 201);

        Assert.Equal([nameof(FindingInput.AgencyNote), nameof(FindingInput.Narrative), nameof(FindingInput.PeriodOrEvent)], FieldsRefused(input).Order());
    }
}
