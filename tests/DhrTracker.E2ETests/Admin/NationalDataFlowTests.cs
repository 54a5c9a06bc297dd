using System.Text;
using DhrTracker.Core.National;

namespace DhrTracker.E2ETests.Admin;

/// <summary>
/// Issue 12 in the browser: the demo Administrator finds the national data the demo seed loaded, uploads a
/// set whose victims file points to an incident that is not there and sees the problem named with the data
/// unchanged, then uploads the good files and sees them loaded under their own name.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NationalDataFlowTests(BrowserFixture browser)
{
    private static FilePayload Csv(NationalDataFile file, Func<string, string>? change = null) => new()
    {
        Name = file.Name,
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes((change ?? (s => s))(Encoding.UTF8.GetString(file.Content))),
    };

    [Fact]
    public async Task A_broken_upload_is_refused_naming_the_row_and_the_good_files_then_load()
    {
        var shipped = NationalDataFiles.Shipped();
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("admin@demo.invalid");
        await user.GotoAsync("/admin");
        await page.GetByTestId("admin-national-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "National data", Exact = true })).ToBeVisibleAsync();
        await user.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("national-incidents")).ToHaveTextAsync("647");
        await user.AssertAccessibleAsync();

        // The second victim (row 3) now points to an incident the incidents file does not have.
        await page.Locator("#national-files").SetInputFilesAsync(new[]
        {
            Csv(shipped.Incidents!),
            Csv(shipped.Victims!, s => s.Replace("VIC-0002,INC-0002,", "VIC-0002,INC-9999,", StringComparison.Ordinal)),
            Csv(shipped.Perpetrators!),
        });
        await Assertions.Expect(page.GetByTestId("national-chosen")).ToContainTextAsync("victims.csv");
        await page.GetByTestId("load-chosen").ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Assertions.Expect(summary).ToContainTextAsync("victims.csv, row 3, column incident_id, value \"INC-9999\": no incident in incidents.csv has this id.");
        await Assertions.Expect(summary).ToContainTextAsync("the national data already loaded is unchanged");
        await Assertions.Expect(page.GetByTestId("national-incidents")).ToHaveTextAsync("647");
        await user.AssertAccessibleAsync();

        await page.Locator("#national-files").SetInputFilesAsync(new[] { Csv(shipped.Incidents!), Csv(shipped.Victims!), Csv(shipped.Perpetrators!) });
        // The same three names were chosen before: the refusal going and the button coming back say these are read.
        await Assertions.Expect(summary).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("load-chosen")).ToBeEnabledAsync();
        await page.GetByTestId("load-chosen").ClickAsync();
        await Assertions.Expect(page.GetByTestId("national-notice")).ToContainTextAsync("Loaded 647 incidents, 619 victims, 647 perpetrators");
        await Assertions.Expect(summary).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("national-loaded")).ToContainTextAsync("by Demo Administrator");
        await Assertions.Expect(page.GetByTestId("national-status")).ToContainTextAsync("DHRD files uploaded: incidents.csv, victims.csv, perpetrators.csv");
        await user.AssertAccessibleAsync();
    }
}
