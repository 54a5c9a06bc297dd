using DhrTracker.Core.Audit;

namespace DhrTracker.UnitTests.Audit;

/// <summary>A change set as the Audit tab shows it: field names and values in words, whatever shape arrives.</summary>
public sealed class AuditValuesTests
{
    [Fact]
    public void Pairs_become_fields_with_values_before_and_after_in_words()
    {
        var changes = AuditValues.Parse("""{"PeriodOrEvent":[null,"June"],"DateOfDeath":["2026-06-01","2026-06-02"],"IsOpen":[true,false],"Count":[1,2],"ThemeIds":[["a","b"],["a"]]}""");

        Assert.Equal(
            [
                new AuditFieldChange("Period or event", "", "June"),
                new AuditFieldChange("Date of death", "1 Jun 2026", "2 Jun 2026"),
                new AuditFieldChange("Is open", "Yes", "No"),
                new AuditFieldChange("Count", "1", "2"),
                new AuditFieldChange("Theme ids", "a, b", "a"),
            ],
            changes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_values_give_no_fields(string? values) => Assert.Empty(AuditValues.Parse(values));

    [Fact]
    public void A_value_set_in_another_shape_is_shown_as_it_is_rather_than_lost() =>
        Assert.Equal([new AuditFieldChange("Values", "", "not json")], AuditValues.Parse("not json"));
}
