using System.Net;
using OtpNet;

namespace DhrTracker.Web.Tests.Infrastructure;

/// <summary>Signs in as a person with an authenticator app would: password, then the code their phone shows now.</summary>
public static class TwoFactorSignIn
{
    public static string Code(string key, TimeProvider clock) => CodeAt(key, clock.GetUtcNow());

    public static string CodeAt(string key, DateTimeOffset at) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(at.UtcDateTime);

    /// <summary>
    /// The whole sign-in; returns the answer to the code. Each call first moves the clock to the next
    /// 30-second step, as a person signing in again would wait for a new code (codes work once).
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(AppFactory factory, HttpClient client, string email, string key, string? returnUrl = null)
    {
        var password = await PasswordAsync(client, email, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Contains("/Account/LoginWith2fa", password.Headers.Location!.ToString());
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var location = password.Headers.Location!;
        return await PostCodeAsync(client, Code(key, factory.Clock), location.IsAbsoluteUri ? location.PathAndQuery : location.ToString());
    }

    public static Task<HttpResponseMessage> PasswordAsync(HttpClient client, string email, string? returnUrl = null) =>
        LoginForm.PostFormAsync(client, returnUrl is null ? "/Account/Login" : $"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}",
            "login", new() { ["Input.Email"] = email, ["Input.Password"] = AppFactory.Password });

    public static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string code, string path = "/Account/LoginWith2fa") =>
        LoginForm.PostFormAsync(client, path, "login-with-2fa", new() { ["Input.TwoFactorCode"] = code });
}
