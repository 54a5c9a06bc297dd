using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account");

        // POST only, with an antiforgery token. Signing out ends every session of this user: other
        // tabs and devices go to sign-in at their next request or circuit revalidation (ASVS 7.4.1).
        accountGroup.MapPost("/Logout", async Task<Results<RedirectHttpResult, BadRequest>> (
            HttpContext context,
            [FromServices] IAntiforgery antiforgery,
            [FromServices] SignInManager<AppUser> signInManager,
            [FromServices] UserSessions sessions,
            [FromServices] SignInAudit audit) =>
        {
            // Checked here: the framework checks the token by itself only for endpoints that bind a form field, and this one binds none.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }

            var user = await signInManager.UserManager.GetUserAsync(context.User);
            if (user is not null)
            {
                var ended = await sessions.EndAllAsync(user.Id, UserSessions.SignedOut);
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
                await audit.RecordEventAsync(user.Id, AuditActions.SignOut, $"{ended} session(s) ended");
            }

            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        }).AllowAnonymous();

        return accountGroup;
    }
}
