using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account");

        // POST only, with an antiforgery token. Renewing the security stamp ends this user's other
        // tabs and circuits at their next revalidation (ASVS 7.4.1).
        accountGroup.MapPost("/Logout", async (
            HttpContext context,
            [FromServices] SignInManager<AppUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            var user = await signInManager.UserManager.GetUserAsync(context.User);
            if (user is not null)
            {
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
            }

            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        }).AllowAnonymous();

        return accountGroup;
    }
}
