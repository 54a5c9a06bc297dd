using System.Text;
using System.Text.RegularExpressions;
using DhrTracker.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Reviews;

/// <summary>
/// Issue 11 in the browser: a Coordinator previews a file with two errors, sees each by row and column,
/// fixes it, imports, sees the same file refused and then skipped by "skip existing", finds the reviews in the
/// register, then imports an action plan for one of them and sees the owning agencies' completion on the
/// action plans dashboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportFlowTests(BrowserFixture browser) : IDisposable
{
    private const string ReviewsHeader =
        "reference,date_of_death,date_notified,decision,decision_date,stage,published_on,victim_pseudonym,victim_age,victim_sex,relationship,children_in_household,themes";

    private const string ActionsHeader =
        "reference,recommendation_number,recommendation,scope,action,owner_agency,lead_officer,target_date,status,completed_on,outcome";

    private const string Recommendation = "Agencies share risk information at the first disclosure (synthetic).";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dhr-import-e2e-");

    // References unique to this run, so the shared app's other tests (and a rerun) never meet them.
    private readonly string tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private string First => $"Import test {tag}-A";
    private string Second => $"Import test {tag}-B";

    [Fact]
    public async Task A_file_with_two_errors_is_fixed_and_imported_then_an_action_plan_moves_the_agencies_completion()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import reviews or action plans" })).ToBeVisibleAsync();
        await user.WaitForInteractiveAsync();

        // Over the limit: refused by its size, before a byte of it is read.
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "register.csv",
            MimeType = "text/csv",
            Buffer = new byte[Core.Import.ImportLimits.MaxBytes + 1],
        }, new() { Timeout = 60_000 }); // 10 MB crosses from the test to the browser as base64: slow on a busy machine.
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Assertions.Expect(summary).ToContainTextAsync("register.csv is 10.1 MB, larger than the 10 MB limit.");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("import-report")).ToHaveCountAsync(0);

        // Row 3: a second victim aged "forty"; row 4: 30 February.
        await page.Locator("#import-file").SetInputFilesAsync(Write("reviews.csv", ReviewsHeader,
            $"{First},2019-03-14,2019-03-20,hold,2019-04-25,,2020-11-02,Adult A,34,female,partner,0,",
            $"{First},2019-03-14,2019-03-20,hold,2019-04-25,,2020-11-02,Adult B,forty,male,child,0,",
            $"{Second},2023-02-30,2023-03-06,not_hold,2023-04-01,,,Adult C,52,female,ex_spouse,1,"));
        var errors = page.GetByTestId("import-error");
        await Assertions.Expect(errors).ToHaveCountAsync(2);
        await ExpectErrorAsync(errors, "victim_age", row: "3", value: "forty");
        await ExpectErrorAsync(errors, "date_of_death", row: "4", value: "2023-02-30");
        await Assertions.Expect(summary).ToContainTextAsync("The file has 2 errors.");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link).Filter(new() { HasText = "victim_age" })).ToContainTextAsync("Row 3");
        await Assertions.Expect(page.GetByTestId("confirm-import")).ToBeDisabledAsync();
        await user.AssertAccessibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-errors").ClickAsync());
        Assert.Equal("reviews-errors.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("Row,Column,Value,Rule", csv.TrimStart('\uFEFF'));
        Assert.Contains("3,victim_age,forty,", csv);
        Assert.Contains("4,date_of_death,2023-02-30,", csv);

        string[] fixedRows =
        [
            ReviewsHeader,
            $"{First},2019-03-14,2019-03-20,hold,2019-04-25,,2020-11-02,Adult A,34,female,partner,0,",
            $"{First},2019-03-14,2019-03-20,hold,2019-04-25,,2020-11-02,Adult B,19,male,child,0,",
            $"{Second},2023-02-28,2023-03-06,not_hold,2023-04-01,,,Adult C,52,female,ex_spouse,1,",
        ];
        await page.Locator("#import-file").SetInputFilesAsync(Write("reviews-fixed.csv", fixedRows));
        await Assertions.Expect(page.GetByTestId("count-reviews")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("count-victims")).ToHaveTextAsync("3");
        await Assertions.Expect(errors).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("preview-reviews")).ToContainTextAsync("14 Mar 2019");
        await Assertions.Expect(page.GetByTestId("preview-reviews")).ToContainTextAsync("28 Feb 2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 reviews" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-done")).ToContainTextAsync("Imported 2 reviews with 3 victims");
        await user.AssertAccessibleAsync();

        // The same file again: both references are now in the register, until "skip existing" leaves them alone.
        await page.Locator("#import-file").SetInputFilesAsync(Write("reviews-again.csv", fixedRows));
        await Assertions.Expect(errors).ToHaveCountAsync(2);
        await Assertions.Expect(errors.Filter(new() { HasText = "already in the register" })).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Skip references already in the register" }).CheckAsync(new() { Force = true });
        await Assertions.Expect(page.GetByTestId("import-skipped")).ToContainTextAsync(First);
        await Assertions.Expect(page.GetByTestId("import-skipped")).ToContainTextAsync(Second);
        await Assertions.Expect(errors).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("The file has nothing to import.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("confirm-import")).ToBeDisabledAsync();

        await user.GotoAsync($"/reviews?q={tag}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = First })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = Second })).ToBeVisibleAsync();

        // The owners are agencies of the demo register with no other actions, so their rates are this plan's alone.
        await user.GotoAsync("/reviews/import");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Action plans" }).CheckAsync(new() { Force = true });
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Action plans" })).ToBeCheckedAsync();
        await page.Locator("#import-file").SetInputFilesAsync(Write("action-plan.csv", ActionsHeader,
            $"{First},1,{Recommendation},multi_agency,Train probation staff on disclosure routes (synthetic).,probation,Head of practice,2021-06-30,complete,2021-05-28,All probation staff trained (synthetic).",
            $"{First},1,{Recommendation},multi_agency,Add domestic abuse lessons to the curriculum (synthetic).,Education,Safeguarding lead,2031-06-30,not_started,,"));
        await Assertions.Expect(page.GetByTestId("count-actions")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("count-recommendations")).ToHaveTextAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 actions" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-done")).ToContainTextAsync("Imported 2 actions");

        await user.GotoAsync("/actions");
        await Assertions.Expect(CompletionOf(page, "Probation")).ToHaveTextAsync("100%");
        await Assertions.Expect(CompletionOf(page, "Education")).ToHaveTextAsync("0%");

        await user.GotoAsync($"/actions/{await ActionIdAsync("Train probation staff")}");
        await Assertions.Expect(page.GetByTestId("action-status")).ToHaveTextAsync("Signed off");
        await Assertions.Expect(page.GetByTestId("action-sign-off")).ToHaveTextAsync("Signed off before DhrTracker (imported)");
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static async Task ExpectErrorAsync(ILocator errors, string column, string row, string value)
    {
        var cells = errors.Filter(new() { Has = errors.Page.Locator("td", new() { HasTextRegex = new Regex($"^{column}$") }) }).Locator("td");
        await Assertions.Expect(cells.Nth(0)).ToHaveTextAsync(row);
        await Assertions.Expect(cells.Nth(1)).ToHaveTextAsync(column);
        await Assertions.Expect(cells.Nth(2)).ToHaveTextAsync(value);
        await Assertions.Expect(cells.Nth(3)).Not.ToBeEmptyAsync();
    }

    private static ILocator CompletionOf(IPage page, string agency) =>
        page.Locator("[data-testid=agency-row]").Filter(new() { HasText = agency }).Locator("[data-testid=completion-rate]");

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private async Task<Guid> ActionIdAsync(string description)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Actions.Where(a => a.Review!.Reference == First && a.Description.StartsWith(description)).Select(a => a.Id).SingleAsync();
    }
}
