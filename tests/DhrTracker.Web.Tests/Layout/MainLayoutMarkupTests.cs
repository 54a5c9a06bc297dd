using DhrTracker.Core.Identity;
using DhrTracker.Web.Tests.Infrastructure;

namespace DhrTracker.Web.Tests.Layout;

/// <summary>Issue 16: a page in the app's own layout has exactly one main landmark (MudMainContent is only a div).</summary>
public sealed class MainLayoutMarkupTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/reviews")]
    [InlineData("/not-found")]
    public async Task A_page_has_one_main_landmark_and_valid_lists(string path)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Coordinator));

        // The not-found page answers 404, with the page still in the layout.
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        var page = PageMarkup.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Single(page.QuerySelectorAll("main"));
        Assert.Empty(PageMarkup.ListProblems(page));
    }
}
