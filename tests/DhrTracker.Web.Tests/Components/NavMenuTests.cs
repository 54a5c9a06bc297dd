using Bunit;
using DhrTracker.Core.Identity;
using DhrTracker.Web.Components.Layout;
using DhrTracker.Web.Security;

namespace DhrTracker.Web.Tests.Components;

/// <summary>Each role is offered only the parts of the app it can use (the services still enforce it).</summary>
public sealed class NavMenuTests : MudTestContext
{
    [Theory]
    [InlineData(Roles.Coordinator, "Dashboard,Reviews,Search reviews,Agency requests,Actions,Board report,Learning,7-minute briefing,Glossary")]
    [InlineData(Roles.PanelMember, "Reviews,Search reviews,Learning,Glossary")]
    [InlineData(Roles.Manager, "Dashboard,Reviews,Search reviews,Agency requests,Actions,Board report,Learning,7-minute briefing,Glossary")]
    [InlineData(Roles.AgencyLead, "My actions,Glossary")]
    [InlineData(Roles.Administrator, "Administration,Glossary")]
    public void Navigation_shows_each_role_only_its_own_sections(string role, string expected)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone@example.org");
        auth.SetRoles(role);
        auth.SetPolicies(Policies.RolesFor.Where(p => p.Value.Contains(role)).Select(p => p.Key).Append(Policies.SignedIn).ToArray());

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.TextContent.Trim());
        Assert.Equal(expected.Split(','), links);
    }
}
