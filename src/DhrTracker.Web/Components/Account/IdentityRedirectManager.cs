using Microsoft.AspNetCore.Components;

namespace DhrTracker.Web.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalOrHome(uri, navigationManager.BaseUri));

    /// <summary>
    /// No open redirects: a return address on this site is kept, anything else (another host,
    /// a protocol-relative or back-slashed address, a scheme) goes to the dashboard, never to an error.
    /// </summary>
    public static string LocalOrHome(string? uri, string baseUri)
    {
        if (string.IsNullOrWhiteSpace(uri) || uri.Contains('\\'))
        {
            return "";
        }

        // A path on this site; "//host/..." would leave it.
        if (uri.StartsWith('/'))
        {
            return uri.StartsWith("//", StringComparison.Ordinal) ? "" : uri;
        }

        if (uri.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase))
        {
            return uri[baseUri.Length..];
        }

        // Relative to the base (as Identity's own redirects are), with no scheme such as https: or javascript:.
        return Uri.IsWellFormedUriString(uri, UriKind.Relative) && !uri.Split('/', '?', '#')[0].Contains(':') ? uri : "";
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, message, context);
}
