namespace DhrTracker.Web.Security;

public static class AccountRoutes
{
    /// <summary>
    /// Any other unknown address sends an anonymous visitor to sign in (deny by default, which also
    /// hides which pages exist). Under /Account, where the removed template pages such as Register
    /// used to be, an unknown address is a plain 404 so nobody is led to think self-registration exists.
    /// </summary>
    public static IApplicationBuilder UseUnknownAccountPagesAsNotFound(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Routing answers an unknown POST with its built-in "405 HTTP Method Not Supported" endpoint.
        var endpoint = context.GetEndpoint();
        var unknown = endpoint is null || endpoint.DisplayName?.StartsWith("405 ", StringComparison.Ordinal) == true;
        if (unknown && context.Request.Path.StartsWithSegments("/Account"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (!HttpMethods.IsGet(context.Request.Method))
            {
                // The friendly not-found page is a GET page; re-executing a POST there would fail antiforgery (400).
                context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
            }

            return;
        }

        await next();
    });
}
