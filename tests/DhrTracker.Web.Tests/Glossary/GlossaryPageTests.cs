using System.Net;
using DhrTracker.Core.Identity;
using DhrTracker.Web.Components.Shared;
using DhrTracker.Web.Tests.Infrastructure;

namespace DhrTracker.Web.Tests.Glossary;

/// <summary>Issue 16: every signed-in role reads the glossary, which explains each abbreviation the pages mark up, inside one main landmark.</summary>
public sealed class GlossaryPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.PanelMember)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.AgencyLead)]
    public async Task Every_role_reads_the_glossary_of_every_abbreviation(string role)
    {
        var email = await factory.CreateUserAsync(role, role == Roles.AgencyLead ? "Police" : null);
        var client = await factory.SignedInClientAsync(email);

        var response = await client.GetAsync("/glossary", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PageMarkup.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var main = Assert.Single(page.QuerySelectorAll("main"));
        var terms = main.QuerySelectorAll("[data-testid=glossary] dt abbr").Select(a => (a.TextContent, a.GetAttribute("title")));
        Assert.Equal(Abbreviations.All.Select(e => (e.Term, (string?)e.Expansion)), terms);
    }

    [Fact]
    public async Task The_glossary_is_for_signed_in_users_only()
    {
        var response = await factory.NewClient().GetAsync("/glossary", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", LoginForm.PathOf(response.Headers.Location));
    }
}
