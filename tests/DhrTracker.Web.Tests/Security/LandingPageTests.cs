using System.Security.Claims;
using DhrTracker.Core.Identity;
using DhrTracker.Web.Security;

namespace DhrTracker.Web.Tests.Security;

/// <summary>Each role lands where its work is (ADR 0381); several roles: the first in the order below.</summary>
public sealed class LandingPageTests
{
    [Theory]
    [InlineData("/", Roles.Coordinator)]
    [InlineData("/", Roles.Manager)]
    [InlineData("/reviews", Roles.PanelMember)]
    [InlineData("/my-actions", Roles.AgencyLead)]
    [InlineData("/admin", Roles.Administrator)]
    [InlineData("/", Roles.PanelMember, Roles.Manager)]
    [InlineData("/reviews", Roles.Administrator, Roles.AgencyLead, Roles.PanelMember)]
    [InlineData("/my-actions", Roles.Administrator, Roles.AgencyLead)]
    [InlineData("/")]
    public void Each_role_lands_on_its_work_and_the_first_role_in_order_wins(string expected, params string[] roles)
    {
        var identity = new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test");

        Assert.Equal(expected, LandingPage.For(new ClaimsPrincipal(identity)));
    }
}
