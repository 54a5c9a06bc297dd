using Bunit;
using DhrTracker.Web.Components.Pages.Admin;

namespace DhrTracker.Web.Tests.Components.Admin;

/// <summary>The administration landing page leads to every administration page, accounts included.</summary>
public sealed class AdminHomeTests : MudTestContext
{
    [Fact]
    public void Landing_page_links_to_users_settings_agencies_letters_and_themes()
    {
        var page = Render<AdminHome>();

        var links = page.FindAll("a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/admin/users", "/admin/settings", "/admin/agencies", "/admin/letters", "/admin/themes", "/admin/national-data", "/admin/audit"], links);
        Assert.DoesNotContain("create-user", page.Markup);
    }
}
