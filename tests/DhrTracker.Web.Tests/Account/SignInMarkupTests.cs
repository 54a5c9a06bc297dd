using DhrTracker.Web.Tests.Infrastructure;

namespace DhrTracker.Web.Tests.Account;

/// <summary>Issue 16: the static sign-in page has one main landmark and its error list is a valid list, before and after a refusal.</summary>
public sealed class SignInMarkupTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_sign_in_page_has_one_main_landmark_and_valid_lists()
    {
        var html = await factory.NewClient().GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);

        var page = PageMarkup.Parse(html);

        Assert.Single(page.QuerySelectorAll("main"));
        Assert.Empty(PageMarkup.ListProblems(page));
    }

    [Fact]
    public async Task A_refused_sign_in_lists_every_problem_in_one_valid_list_inside_the_main_landmark()
    {
        var response = await LoginForm.PostAsync(factory.NewClient(), "", "");

        var page = PageMarkup.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var main = Assert.Single(page.QuerySelectorAll("main"));
        var summary = Assert.Single(main.QuerySelectorAll(".error-summary"));
        var list = Assert.Single(summary.QuerySelectorAll("ul"));
        Assert.Equal(["Enter your email address.", "Enter your password."], list.Children.Select(li => li.TextContent.Trim()));
        Assert.Empty(PageMarkup.ListProblems(page));
    }
}
