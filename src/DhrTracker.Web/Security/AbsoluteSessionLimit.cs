using Microsoft.AspNetCore.Authentication.Cookies;

namespace DhrTracker.Web.Security;

/// <summary>Ends a session 12 hours after sign-in however active it is (ASVS 7.3.2); sliding renewal cannot extend it.</summary>
public static class AbsoluteSessionLimit
{
    public static readonly TimeSpan Limit = TimeSpan.FromHours(12);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var issued = context.Properties.IssuedUtc;
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (issued is { } at && time.GetUtcNow() - at > Limit)
        {
            context.RejectPrincipal();
            return;
        }

        await Microsoft.AspNetCore.Identity.SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
