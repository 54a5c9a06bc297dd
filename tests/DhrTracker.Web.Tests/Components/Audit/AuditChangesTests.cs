using Bunit;
using DhrTracker.Core.Audit;
using DhrTracker.Web.Components.Pages.Reviews.Audit;

namespace DhrTracker.Web.Tests.Components.Audit;

/// <summary>An entry's changes on the Audit tab: each field with its values before and after, or what retention left.</summary>
public sealed class AuditChangesTests : MudTestContext
{
    private static AuditTrailRow Row(IReadOnlyList<AuditFieldChange> changes, bool removed = false, string? detail = "Narrative") =>
        new(1, new DateTime(2026, 11, 26, 14, 5, 0, DateTimeKind.Utc), "Demo Panel Member", "panel@example.org", "Changed finding",
            AuditActions.Update, AuditOutcome.Succeeded, detail, changes, removed, "203.0.113.7");

    [Fact]
    public void Each_changed_field_shows_its_values_before_and_after()
    {
        var cut = Render<AuditChanges>(p => p.Add(x => x.Row, Row([new("Narrative", "Old words", "New words"), new("Period or event", "", "June")])));

        Assert.Equal(["Narrative", "Period or event"], cut.FindAll("[data-testid='audit-field']").Select(f => f.TextContent));
        Assert.Contains("Before: Old words", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("After: New words", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(1, cut.Markup.Split("Before:").Length - 1);
    }

    [Fact]
    public void A_tombstone_says_the_values_were_removed_under_retention()
    {
        var cut = Render<AuditChanges>(p => p.Add(x => x.Row, Row([], removed: true)));

        Assert.Contains(AuditLabels.ValuesRemoved, cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='audit-field']"));
    }

    [Fact]
    public void Without_values_the_entry_shows_its_note() =>
        Assert.Equal("Narrative", Render<AuditChanges>(p => p.Add(x => x.Row, Row([]))).Find("[data-testid='audit-detail']").TextContent);

    [Fact]
    public void The_time_reads_in_uk_format() => Assert.Equal("26 Nov 2026 14:05", Row([]).When);
}
