using System.Net;
using DhrTracker.Core.Identity;

namespace DhrTracker.Web.Tests.Search;

/// <summary>
/// Issue 16 item 11's search page on the real host (Production, two-factor): for those who read case records, with
/// its labelled box and the menu entry; refused to agency leads and administrators; sign-in first for everyone.
/// </summary>
public sealed class SearchPageAccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Page = "/search";

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.PanelMember)]
    public async Task Those_who_read_case_records_get_the_page_with_its_labelled_box_and_a_menu_entry(string role)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role));

        var page = await client.GetStringAsync($"{Page}?q=Adult", TestContext.Current.CancellationToken);

        Assert.Contains("<h1", page);
        Assert.Contains("Search reviews</h1>", page);
        Assert.Contains("role=\"search\"", page);
        Assert.Contains("Search for</label>", page);
        Assert.Contains("href=\"/search\"", page);
    }

    [Theory]
    [InlineData(Roles.AgencyLead)]
    [InlineData(Roles.Administrator)]
    public async Task Agency_leads_and_administrators_are_refused_the_page_and_not_offered_it(string role)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role, role == Roles.AgencyLead ? "Police" : null));

        var response = await client.GetAsync(Page, TestContext.Current.CancellationToken);
        var glossary = await client.GetStringAsync("/glossary", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location?.ToString() ?? "");
        Assert.DoesNotContain("href=\"/search\"", glossary);
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in()
    {
        var response = await factory.NewClient().GetAsync($"{Page}?q=Adult", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://dhrtracker.test/Account/Login", response.Headers.Location!.ToString());
    }
}
