using System.Security.Claims;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DhrTracker.Web.Security;

/// <summary>
/// Every request with a session cookie: the server-side session must still be alive (not signed
/// out, not idle, within 12 hours of the real sign-in, account not disabled), then Identity checks
/// the security stamp. The cookie alone never decides (ASVS 7.3).
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sessionId = SessionClaims.SessionOf(principal);
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        if (sessionId is not { } id || userId is null || await sessions.CheckAsync(id, userId, activity: true) is not null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
