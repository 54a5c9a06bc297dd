using System.Security.Claims;
using DhrTracker.Core.Identity;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DhrTracker.Web.Components.Account;

/// <summary>
/// A live circuit sends no HTTP request, so nothing else would notice that its session has ended.
/// Every <see cref="SessionLimits.Revalidation"/> (1 minute) it checks the security stamp and the
/// server-side session (signed out elsewhere, idle, past 12 hours, disabled, ended by an
/// Administrator); when either fails the user becomes anonymous and the router sends the browser
/// to sign in (ASVS 7.4.2; R6, R10, R11).
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        SessionLimits limits)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => limits.Revalidation;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A new scope, so the user manager reads fresh data rather than the circuit's cached copy.
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principal = authenticationState.User;
        var user = await userManager.GetUserAsync(principal);
        if (user is null || SessionClaims.SessionOf(principal) is not { } sessionId)
        {
            return false;
        }

        var stampHeld = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stampHeld != await userManager.GetSecurityStampAsync(user))
        {
            return false;
        }

        var sessions = scope.ServiceProvider.GetRequiredService<UserSessions>();
        return await sessions.CheckAsync(sessionId, user.Id, activity: false, cancellationToken) is null;
    }
}
