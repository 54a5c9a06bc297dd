using System.Security.Claims;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DhrTracker.Web.Security;

/// <summary>
/// Identity's sign-in with this product's rules: every sign-in opens a server-side session, named
/// in the cookie; renewals keep that session and the two-factor mark; a disabled account cannot
/// sign in; an unknown email costs the same password-hashing work as a known one (ASVS 6.3.8).
/// </summary>
public sealed class DhrSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    UserSessions sessions,
    SignInAudit audit)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static string? dummyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            var dummy = new AppUser();
            dummyHash ??= UserManager.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString());
            UserManager.PasswordHasher.VerifyHashedPassword(dummy, dummyHash, password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>Disabled by an Administrator: no new sign-in (and <see cref="UserSessions"/> ends the live ones).</summary>
    public override async Task<bool> CanSignInAsync(AppUser user) => user.DisabledUtc is null && await base.CanSignInAsync(user);

    /// <summary>Every sign-in ends up here: a new sign-in opens a session, a renewal carries its session id.</summary>
    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        if (!claims.Any(c => c.Type == SessionClaims.SessionId))
        {
            // A password-only session (before enrolment) is replaced, not left running beside the new one.
            if (SessionClaims.SessionOf(Context.User) is { } previous)
            {
                await sessions.EndAsync(previous, "replaced by a new sign-in");
            }

            var id = await sessions.StartAsync(user.Id, Context.Connection.RemoteIpAddress?.ToString());
            claims.Add(new Claim(SessionClaims.SessionId, id.ToString()));
            var secondFactor = claims.Any(c => c is { Type: SessionClaims.AuthenticationMethod, Value: "mfa" });
            await audit.RecordAsync(user.Id, true, secondFactor ? "password and second factor" : "password only");
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    /// <summary>After a change to the account (e.g. a new password): same session, same two-factor mark.</summary>
    public override async Task RefreshSignInAsync(AppUser user)
    {
        var current = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await SignInWithClaimsAsync(user, current.Properties, SessionClaims.KeptFrom(current.Principal));
    }
}
