using Bunit;
using DhrTracker.Core.Common;
using DhrTracker.Web.Components.Shared;

namespace DhrTracker.Web.Tests.Components.Shared;

/// <summary>The error summary links each error to its field; an error about the whole form has no field to go to.</summary>
public sealed class ErrorSummaryTests : MudTestContext
{
    [Fact]
    public void A_field_error_links_to_its_field_and_a_form_error_is_plain_text()
    {
        var summary = Render<ErrorSummary>(p => p.Add(x => x.Errors, new List<FieldError>
        {
            new("DateOfDeath", "Enter the date of death."),
            new("", "The review cannot be submitted for QA until every report has passed the real names check:"),
        }));

        var items = summary.FindAll("li");
        Assert.Equal(2, items.Count);
        Assert.EndsWith("#field-DateOfDeath", items[0].QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(items[1].QuerySelector("a"));
        Assert.Contains("real names check", items[1].TextContent, StringComparison.Ordinal);
    }
}
