using System.Text.RegularExpressions;

namespace DhrTracker.Web.Tests.Infrastructure;

/// <summary>Drives the static server-rendered sign-in form as a browser would: GET it, then POST it with its antiforgery token.</summary>
public static partial class LoginForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, bool withToken = true)
    {
        var page = await client.GetStringAsync("/Account/Login");
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        if (withToken)
        {
            fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        }

        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
    }

    /// <summary>The page body with per-request tokens removed, so two responses can be compared.</summary>
    public static async Task<string> StableBodyAsync(HttpResponseMessage response) =>
        TokenValue().Replace(await response.Content.ReadAsStringAsync(), "TOKEN");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("CfDJ8[A-Za-z0-9+/=_-]*")]
    private static partial Regex TokenValue();
}
