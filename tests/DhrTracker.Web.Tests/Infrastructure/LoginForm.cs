using System.Text.RegularExpressions;

namespace DhrTracker.Web.Tests.Infrastructure;

/// <summary>Drives the static server-rendered account forms as a browser would: GET the page, then POST it with its antiforgery token.</summary>
public static partial class LoginForm
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, bool withToken = true) =>
        PostFormAsync(client, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password }, withToken);

    /// <summary>Any account form: <paramref name="formName"/> is its FormName (Blazor's <c>_handler</c>).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName,
        Dictionary<string, string> fields, bool withToken = true)
    {
        var page = await client.GetStringAsync(path);
        fields["_handler"] = formName;
        if (withToken)
        {
            fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Presses "Sign out" on a signed-in page: POST /Account/Logout with that page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client, string fromPage)
    {
        var token = Token().Match(await client.GetStringAsync(fromPage));
        // Logout refuses a missing token, so a page without the sign-out form would make this a refused sign-out.
        Assert.True(token.Success, $"{fromPage} has no antiforgery token to sign out with.");
        return await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
        }));
    }

    /// <summary>A redirect's path, whether the server wrote it absolute or relative.</summary>
    public static string? PathOf(Uri? location) =>
        location is null ? null : location.IsAbsoluteUri ? location.AbsolutePath : "/" + location.OriginalString.TrimStart('/').Split('?')[0];

    /// <summary>The page body with per-request tokens removed, so two responses can be compared.</summary>
    public static async Task<string> StableBodyAsync(HttpResponseMessage response) =>
        TokenValue().Replace(await response.Content.ReadAsStringAsync(), "TOKEN");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("CfDJ8[A-Za-z0-9+/=_-]*")]
    private static partial Regex TokenValue();
}
