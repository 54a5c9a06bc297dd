using System.Net;
using System.Text;
using DhrTracker.Core.Analytics;
using DhrTracker.Core.Identity;
using DhrTracker.Web.Documents;

namespace DhrTracker.Web.Tests.Learning;

/// <summary>
/// The analytics CSV downloads on the real host (Production, two-factor): a coordinator gets each chart's
/// numbers; anonymous visitors, agency leads and administrators get none of them.
/// </summary>
public sealed class AnalyticsCsvAccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_coordinator_downloads_a_series_as_csv_headed_by_its_table_columns()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Coordinator));

        var response = await client.GetAsync("/learning/analytics/categories.csv?from=2024-04-01&to=2025-03-31", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("categories-from-2024-04-01-to-2025-03-31.csv", response.Content.Headers.ContentDisposition.FileNameStar);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(["Category,Reviews", "Partner,0", "Familial,0", "Household,0", "Other,0"], lines);
    }

    [Fact]
    public async Task The_category_csv_can_count_suicide_as_its_own_category()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Coordinator));
        var link = AnalyticsCsvEndpoints.Link(SeriesKeys.Categories, new AnalyticsQuery { From = new(2024, 4, 1), SuicideSeparate = true });

        var response = await client.GetAsync(link, Ct);

        Assert.Equal("/learning/analytics/categories.csv?from=2024-04-01&suicide=separate", link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("categories-suicide-separate-from-2024-04-01.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(["Category,Reviews", "Partner,0", "Familial,0", "Household,0", "Other,0", "Suicide,0"], lines);
    }

    [Fact]
    public async Task Every_series_has_a_download()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Manager));

        foreach (var key in SeriesKeys.All)
        {
            var response = await client.GetAsync(AnalyticsCsvEndpoints.Link(key, AnalyticsQuery.AllTime), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{key}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in()
    {
        var response = await factory.NewClient().GetAsync("/learning/analytics/categories.csv", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://dhrtracker.test/Account/Login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData(Roles.AgencyLead, "Police")]
    [InlineData(Roles.Administrator, null)]
    public async Task Agency_leads_and_administrators_get_no_csv(string role, string? agency)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role, agency));

        foreach (var key in SeriesKeys.All)
        {
            var response = await client.GetAsync(AnalyticsCsvEndpoints.Link(key, AnalyticsQuery.AllTime), Ct);

            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("/access-denied", response.Headers.Location?.ToString() ?? "");
        }
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_or_an_unreadable_date_is_a_bad_request_saying_why()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Coordinator));

        var reversed = await client.GetAsync("/learning/analytics/categories.csv?from=2025-06-01&to=2025-05-31", Ct);
        var unreadable = await client.GetAsync("/learning/analytics/categories.csv?from=31/05/2025", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains(AnalyticsQueryValidator.EndBeforeStart, await reversed.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("YYYY-MM-DD", await unreadable.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_unknown_series_is_not_found()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Coordinator));

        var response = await client.GetAsync("/learning/analytics/victim-names.csv", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Coordinator, true)]
    [InlineData(Roles.Manager, true)]
    [InlineData(Roles.PanelMember, false)]
    public async Task The_learning_page_offers_the_briefing_and_board_report_only_to_coordinators_and_managers(string role, bool offered)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role));

        var page = await client.GetStringAsync("/learning", Ct);

        Assert.Contains("href=\"/learning/themes\"", page);
        Assert.DoesNotContain("not available yet", page);
        Assert.Equal(offered, page.Contains("href=\"/learning/briefing\""));
        Assert.Equal(offered, page.Contains("href=\"/reports/board\""));
    }
}
