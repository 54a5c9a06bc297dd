using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace DhrTracker.Web.Security;

/// <summary>The claims a session keeps for its whole life, whatever renews the cookie.</summary>
public static class SessionClaims
{
    /// <summary>The server-side session (<see cref="DhrTracker.Core.Identity.UserSession"/>) this cookie belongs to.</summary>
    public const string SessionId = "dhr:sid";

    /// <summary>How the user signed in: "mfa" once the second factor is done (the deny-by-default policy asks for it).</summary>
    public const string AuthenticationMethod = "amr";

    private static readonly string[] Kept = [SessionId, AuthenticationMethod];

    public static Guid? SessionOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(SessionId), out var id) ? id : null;

    public static IEnumerable<Claim> KeptFrom(ClaimsPrincipal? user) =>
        user?.Claims.Where(c => Kept.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)).ToList() ?? [];

    /// <summary>
    /// Identity rebuilds the principal from the database at each security-stamp revalidation and
    /// drops how the user signed in ("note we lost login authentication method" in its source), which
    /// sent every two-factor user back to enrolment a minute after signing in. Carry it over.
    /// </summary>
    public static Task CarryOverAsync(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            foreach (var claim in KeptFrom(context.CurrentPrincipal).Where(c => !identity.HasClaim(c.Type, c.Value)))
            {
                identity.AddClaim(claim);
            }
        }

        return Task.CompletedTask;
    }
}
