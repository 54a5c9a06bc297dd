using System.Net;
using System.Text.RegularExpressions;
using DhrTracker.Core.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.ScaleOut;

/// <summary>
/// Issue 15 item 5: two web instances on one database, here two processes on loopback as a load balancer would see them. Each
/// has only what an operator gives every instance (the database, the key certificate, the settings); nothing passes between
/// them except through the database. The in-process variant (KeyRingTests) shares one test runner; this one cannot.
/// </summary>
public sealed partial class TwoInstanceTests
{
    // A limit, not a wait: on a quiet machine both instances are ready in a few seconds; on a loaded 2-core CI box, much later.
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_sign_in_and_a_form_token_from_one_instance_work_on_the_other_and_one_reminder_digest_is_sent()
    {
        var dir = Directory.CreateTempSubdirectory("dhr-two-").FullName;
        try
        {
            // The database as the first instance left it: migrated, the demo's action plan (one overdue action, one lead
            // officer), and a Coordinator with an authenticator. The setup host sends no reminders (AppFactory turns mail off).
            string email, key;
            await using (var setup = new SetupInstance(dir))
            {
                email = await setup.CreateUserAsync();
                key = await setup.EnrolAuthenticatorAsync(email);
                await using var scope = setup.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(TestContext.Current.CancellationToken);
            }

            var https = new ServerCertificate(dir);
            var mail = Path.Combine(dir, "mail");
            var settings = new Dictionary<string, string>
            {
                ["Database__DataDirectory"] = dir,
                ["ConnectionStrings__Dhr"] = $"Data Source={Path.Combine(dir, "dhr.db")}",
                ["DataProtection__CertificatePath"] = Path.Combine(dir, "keys.pfx"),
                ["DataProtection__CertificatePassword"] = TestCertificates.Password,
                ["Mail__PickupDirectory"] = mail,
                ["Demo__Seed"] = "false",
            };
            await using var a = WebProcess.Start(settings, https);
            await using var b = WebProcess.Start(settings, https);
            // One browser: one cookie jar for both addresses, as behind one proxy name.
            var cookies = new CookieContainer();
            using var onA = https.NewClient(cookies, a.Address);
            using var onB = https.NewClient(cookies, b.Address);
            await a.WaitUntilReadyAsync(onA, StartLimit);
            await b.WaitUntilReadyAsync(onB, StartLimit);
            Assert.Equal("/Account/Login", LoginForm.PathOf((await onB.GetAsync("/reviews")).Headers.Location));

            // Signed in on A only: password, then the code the phone shows now.
            var password = await TwoFactorSignIn.PasswordAsync(onA, email);
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            var signedIn = await TwoFactorSignIn.PostCodeAsync(onA, TwoFactorSignIn.CodeAt(key, DateTimeOffset.UtcNow),
                password.Headers.Location!.IsAbsoluteUri ? password.Headers.Location.PathAndQuery : password.Headers.Location.ToString());
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Contains(cookies.GetCookies(a.Address), c => c.Name == "__Host-DhrTracker");

            // B reads A's cookie: the key ring and the server-side session are in the database.
            var reviewsOnB = await onB.GetAsync("/reviews");
            Assert.Equal(HttpStatusCode.OK, reviewsOnB.StatusCode);

            // A form A rendered, posted to B: B refuses a made-up token and accepts A's.
            var manage = await onA.GetAsync("/reviews");
            Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
            var html = await manage.Content.ReadAsStringAsync();
            var token = Token().Match(html).Groups[1].Value;
            Assert.True(token.Length > 0, html);
            Assert.Equal(HttpStatusCode.BadRequest, (await LogoutAsync(onB, "CfDJ8-made-up")).StatusCode);
            var signedInCookies = cookies.GetCookieHeader(a.Address);
            var logout = await LogoutAsync(onB, token);
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
            // Signed out on B is signed out on A, even for a copy of the cookie kept from before: every request checks the
            // server-side session in the database, not only the cookie.
            using var replay = https.NewClient(null, a.Address);
            replay.DefaultRequestHeaders.Add("Cookie", signedInCookies);
            Assert.Equal("/Account/Login", LoginForm.PathOf((await replay.GetAsync("/reviews")).Headers.Location));

            // Both instances ran the weekly reminder check at start-up against one database: one of them sent the digest.
            await a.WaitForLineAsync("Action reminder check done", StartLimit);
            await b.WaitForLineAsync("Action reminder check done", StartLimit);
            var sent = Directory.Exists(mail) ? Directory.GetFiles(mail, "*.eml") : [];
            Assert.Single(sent);
            Assert.Contains("To: lead@demo.invalid", await File.ReadAllTextAsync(sent[0], TestContext.Current.CancellationToken));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> LogoutAsync(HttpClient client, string token) =>
        client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>The in-process host that prepares the database, then goes away and leaves the folder to the two instances.</summary>
    private sealed class SetupInstance(string dir) : AppFactory(dir)
    {
        protected override bool OwnsDataDir => false;
    }
}
