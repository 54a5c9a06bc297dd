using Bunit;
using DhrTracker.Core.Import;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Components.Pages.Reviews.Import;

namespace DhrTracker.Web.Tests.Components.Reviews;

/// <summary>Issue 11: what the import page shows of a report, as the user reads it.</summary>
public sealed class ImportPreviewTests : MudTestContext
{
    private static ImportReport Report(IReadOnlyList<ImportProblem> errors, IReadOnlyList<ImportedReview>? reviews = null,
        IReadOnlyList<ImportProblem>? warnings = null, IReadOnlyList<string>? skipped = null) =>
        new(ImportKind.Reviews, "tracker.csv", 3, reviews ?? [], 3, [], 0, errors, warnings ?? [], skipped ?? [], Written: false);

    private static ImportProblem RowError(int row) => new(row, "victim_age", "forty", "Age must be a whole number from 16 to 120.");

    [Fact]
    public void Each_error_is_listed_as_row_column_value_and_rule_and_a_whole_file_problem_says_so()
    {
        var view = Render<ImportReportView>(p => p.Add(x => x.Report,
            Report([RowError(3), new ImportProblem(null, null, null, "The file has no rows below the header.")])));

        var rows = view.FindAll("[data-testid=import-error]")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["3", "victim_age", "forty", "Age must be a whole number from 16 to 120."], rows[0]);
        Assert.Equal(["Whole file", "", "", "The file has no rows below the header."], rows[1]);
        Assert.Empty(view.FindAll("[data-testid=errors-shown]"));
        Assert.Equal("Download all 2 errors (CSV)", view.Find("[data-testid=download-errors]").TextContent.Trim());
    }

    [Fact]
    public void More_errors_than_the_page_shows_are_counted_and_offered_in_full_as_csv()
    {
        var errors = Enumerable.Range(2, 250).Select(RowError).ToList();

        var view = Render<ImportReportView>(p => p.Add(x => x.Report, Report(errors)));

        Assert.Equal(ImportLimits.ErrorsShown, view.FindAll("[data-testid=import-error]").Count);
        Assert.Equal("Showing the first 200 of 250 errors.", view.Find("[data-testid=errors-shown]").TextContent.Trim());
        Assert.Equal("Download all 250 errors (CSV)", view.Find("[data-testid=download-errors]").TextContent.Trim());
        Assert.Equal("250", view.Find("[data-testid=count-errors]").TextContent.Trim());
    }

    [Fact]
    public void The_summary_is_an_alert_that_takes_focus_and_links_the_first_errors_to_their_rows()
    {
        var errors = Enumerable.Range(2, 7).Select(RowError).ToList();

        var summary = Render<ImportErrorSummary>(p => p.Add(x => x.Errors, errors));

        var box = summary.Find("[data-testid=import-error-summary]");
        Assert.Equal("alert", box.GetAttribute("role"));
        Assert.Equal("-1", box.GetAttribute("tabindex"));
        Assert.Contains("The file has 7 errors.", box.TextContent);
        var links = summary.FindAll("a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal(6, links.Count);
        Assert.Equal(("/#import-error-0", errors[0].ToString()), links[0]);
        Assert.Equal(("/#import-errors", "See all 7 errors"), links[^1]);
    }

    [Fact]
    public void Warnings_and_skipped_references_are_listed_apart_from_errors_and_reviews_show_uk_dates()
    {
        var review = new ImportedReview("Exampleton DHR 2019-01", new DateOnly(2019, 3, 14), new DateOnly(2019, 3, 20), ReviewDecision.Hold,
            new DateOnly(2019, 4, 25), ReviewStage.ActionPlanMonitoring, null, 2, 0, ["Coercive control", "Stalking"]);

        var warning = new ImportProblem(null, "notes", null, "This column is not in the template and was ignored.");

        var view = Render<ImportReportView>(p => p.Add(x => x.Report, Report([], [review], [warning], ["Exampleton DHR 2018-04"])));

        Assert.Empty(view.FindAll("[data-testid=import-error]"));
        Assert.Equal(warning.ToString(), view.Find("[data-testid=import-warnings] li").TextContent.Trim());
        Assert.Equal("Exampleton DHR 2018-04", view.Find("[data-testid=import-skipped] li").TextContent.Trim());
        var grid = view.Find("[data-testid=preview-reviews]").TextContent;
        Assert.Contains("14 Mar 2019", grid);
        Assert.Contains("20 Mar 2019", grid);
        Assert.Contains("Coercive control; Stalking", grid);
        Assert.Equal("1", view.Find("[data-testid=count-reviews]").TextContent.Trim());
    }

    [Theory]
    [InlineData("bytes", 1_572_864, 3_145_728, "1.5 MB of 3 MB")]
    [InlineData("rows", 4000, 10_000, "4,000 of 10,000 rows")]
    [InlineData("rows", 1, 0, "1 row")]
    public void Progress_names_the_step_and_how_far_it_has_got_and_cancel_is_offered(string unit, long done, long total, string counted)
    {
        var cancelled = false;

        var activity = Render<ImportActivity>(p => p
            .Add(x => x.State, new ImportActivityState("Checking rows", done, total, unit))
            .Add(x => x.OnCancel, () => cancelled = true));
        activity.Find("button").Click();

        Assert.Equal("Checking rows…", activity.Find("[data-testid=import-activity-label]").TextContent.Trim());
        Assert.Equal("status", activity.Find("[data-testid=import-activity-label]").GetAttribute("role"));
        Assert.Equal(counted, activity.Find("[data-testid=import-activity-count]").TextContent.Trim());
        Assert.Equal("Cancel", activity.Find("button").TextContent.Trim());
        Assert.True(cancelled);
    }
}
