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
        if (context.GetEndpoint() is null && context.Request.Path.StartsWithSegments("/Account"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next();
    });
}
