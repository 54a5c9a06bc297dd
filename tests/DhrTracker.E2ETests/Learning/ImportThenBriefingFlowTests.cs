using System.Globalization;
using System.Text;
using DhrTracker.Core.Data;
using DhrTracker.Core.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Learning;

/// <summary>
/// Issue 12's "done when": a coordinator imports the partnership's history, opens the briefing for that period and
/// reads the seed document's numbers (7 reviews, 9 victims, 4 partner, 3 familial, no children in the household)
/// with the national picture beside them. The history is notified in 2004, a year no other browser test or the demo
/// register uses, so the shared database's other reviews never fall in the period. Synthetic names only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportThenBriefingFlowTests(BrowserFixture browser)
{
    private const string Header =
        "reference,date_of_death,date_notified,decision,decision_date,stage,published_on,victim_pseudonym,victim_age,victim_sex,relationship,children_in_household,themes";

    // References unique to this run, so the shared app's other tests (and a rerun) never meet them.
    private readonly string tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>
    /// Held: H1-H4 partner (H4 an ex-partner and her 16-year-old child: partner outranks child), H5-H7 familial
    /// (H5 both parents); 9 victims, 7 female. Not held (N1, children in the household): never counted. Every review is
    /// ended (held ones published in 2005), as a history is, so none joins the shared register's open work that other
    /// browser tests count (dashboard, board report); a pending review's exclusion is a service test.
    /// </summary>
    private string History() => string.Join("\r\n",
    [
        Header,
        $"History {tag}-H1,2004-01-05,2004-01-12,hold,2004-02-10,,2005-02-10,Adult A,34,female,spouse,0,Professional curiosity",
        $"History {tag}-H2,2004-02-01,2004-02-09,hold,2004-03-08,,2005-03-08,Adult B,45,female,partner,0,Professional curiosity;Routine enquiry",
        $"History {tag}-H3,2004-03-03,2004-03-10,hold,2004-04-07,,2005-04-07,Adult C,29,female,ex_partner,0,",
        $"History {tag}-H4,2004-04-04,2004-04-13,hold,2004-05-11,,2005-05-11,Adult D,38,female,ex_partner,0,Routine enquiry",
        $"History {tag}-H4,2004-04-04,2004-04-13,hold,2004-05-11,,2005-05-11,Adult E,16,female,child,0,Routine enquiry",
        $"History {tag}-H5,2004-05-02,2004-05-10,hold,2004-06-14,,2005-06-14,Adult F,70,female,parent,0,",
        $"History {tag}-H5,2004-05-02,2004-05-10,hold,2004-06-14,,2005-06-14,Adult G,72,male,parent,0,",
        $"History {tag}-H6,2004-06-06,2004-06-14,hold,2004-07-12,,2005-07-12,Adult H,23,male,sibling,0,Professional curiosity",
        $"History {tag}-H7,2004-07-01,2004-07-08,hold,2004-08-09,,2005-08-09,Adult I,81,female,parent,0,",
        $"History {tag}-N1,2004-08-01,2004-08-09,not_hold,2004-09-06,,,Adult J,30,female,partner,2,",
    ]) + "\r\n";

    [Fact]
    public async Task A_coordinator_imports_a_history_and_its_briefing_counts_the_held_reviews_beside_the_national_picture()
    {
        var (area, partner, incidents) = await HostFactsAsync();
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("coordinator@demo.invalid");

        await user.GotoAsync("/reviews/import");
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "history.csv",
            MimeType = "text/csv",
            Buffer = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(History()),
        });
        await Assertions.Expect(page.GetByTestId("count-reviews")).ToHaveTextAsync("8");
        await Assertions.Expect(page.GetByTestId("count-victims")).ToHaveTextAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 8 reviews" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-done")).ToContainTextAsync("Imported 8 reviews with 10 victims");

        await user.GotoAsync("/learning/briefing");
        await page.GetByLabel("Notified from (optional)").FillAsync("2004-01-01");
        await page.GetByLabel("Notified to (optional)").FillAsync("2004-12-31");
        await page.GetByTestId("write-briefing").ClickAsync();

        var briefing = page.GetByTestId("briefing");
        await Assertions.Expect(briefing).ToContainTextAsync("Reviews notified 1 Jan 2004 to 31 Dec 2004");
        await Assertions.Expect(briefing).ToContainTextAsync($"There have been 7 Domestic Homicide Reviews in {area} involving the death of 9 victims.");
        await Assertions.Expect(briefing).ToContainTextAsync("None of the reviews had children under 18 living in the household.");
        await Assertions.Expect(briefing).ToContainTextAsync("4 reviews involved partners or former partners in a relationship.");
        await Assertions.Expect(briefing).ToContainTextAsync("3 reviews involved family members.");
        await Assertions.Expect(briefing).ToContainTextAsync("No review involved members of the same household.");

        // The national side as the host's loaded data gives it, counted here: partner incidents out of those where it is recorded.
        await Assertions.Expect(briefing).ToContainTextAsync(string.Create(CultureInfo.InvariantCulture, $"over {incidents:N0} incidents"));
        await Assertions.Expect(Row(briefing, "Category: Partner")).ToHaveTextAsync(["4 of 7", "57.1%", string.Create(CultureInfo.InvariantCulture, $"{partner.Count:N0} of {partner.Base:N0}"), Percent(partner)]);
        await Assertions.Expect(Row(briefing, "Category: Familial").Nth(0)).ToHaveTextAsync("3 of 7");
        await Assertions.Expect(Row(briefing, "Victim sex: Female").Nth(0)).ToHaveTextAsync("7 of 9");
        await Assertions.Expect(Row(briefing, "Victim age band: 16-19").Nth(0)).ToHaveTextAsync("1 of 9");
        await user.AssertAccessibleAsync();
    }

    /// <summary>The cells after a comparison row's heading ("Category: Partner"): local, local %, national, national %.</summary>
    private static ILocator Row(ILocator briefing, string measure) =>
        briefing.Locator("tr").Filter(new() { Has = briefing.Page.Locator("th", new() { HasTextString = measure }) }).Locator("td");

    private static string Percent((int Count, int Base) share) =>
        Math.Round(100m * share.Count / share.Base, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// From the host's database: the demo partnership's area (as the briefing names it), and the national data the demo
    /// seed loaded (the briefing only compares when some is loaded): partner incidents and their base, and all incidents.
    /// </summary>
    private async Task<(string Area, (int Count, int Base) Partner, int Incidents)> HostFactsAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var partnership = await db.Partnerships.Where(p => p.Name == DemoData.PartnershipName).SingleAsync();
        Assert.Null(partnership.SmallNumberThreshold);
        var incidents = await db.NationalIncidents.CountAsync();
        Assert.True(incidents > 0, "The demo seed should have loaded the shipped national data into the browser host.");
        var partner = (await db.NationalIncidents.CountAsync(i => i.IntimatePartnerViolence == true),
            await db.NationalIncidents.CountAsync(i => i.IntimatePartnerViolence != null));
        return (partnership.AreaName ?? partnership.Name, partner, incidents);
    }
}
