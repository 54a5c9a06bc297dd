using System.Security.Claims;
using DhrTracker.Core.Identity;

namespace DhrTracker.Web.Security;

/// <summary>
/// Where each role's work is, so sign-in and <c>/</c> land there (ADR 0381). Coordinators and Managers
/// work from the dashboard; the other roles have no dashboard and go straight to their own page.
/// </summary>
public static class LandingPage
{
    public const string Dashboard = "/";

    /// <summary>In this order, so a user with several roles lands on the first that applies.</summary>
    private static readonly (string Role, string Page)[] ByRole =
    [
        (Roles.Coordinator, Dashboard),
        (Roles.Manager, Dashboard),
        (Roles.PanelMember, "/reviews"),
        (Roles.AgencyLead, "/my-actions"),
        (Roles.Administrator, "/admin"),
    ];

    /// <summary>The page the user's first role works from; the dashboard (with its "use the menu" note) for none.</summary>
    public static string For(ClaimsPrincipal user) =>
        ByRole.FirstOrDefault(r => user.IsInRole(r.Role)).Page ?? Dashboard;
}
