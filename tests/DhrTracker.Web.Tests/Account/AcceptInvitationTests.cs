using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using DhrTracker.Core.Accounts;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Account;

/// <summary>The set-password page behind an invitation link: static, anonymous, antiforgery-protected, one plain message for a bad link.</summary>
public sealed partial class AcceptInvitationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Password = "amber river lantern forty two";

    [Fact]
    public async Task A_valid_link_sets_the_password_signs_in_with_the_password_only_and_sends_the_person_to_authenticator_set_up()
    {
        var (email, token) = await InviteAsync();
        var client = factory.NewClient();

        var page = await client.GetAsync($"/Account/AcceptInvitation?token={token}");
        var body = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(email, body);
        Assert.Contains("at least 12 characters", body);

        var posted = await PostAsync(client, body, token, Password, Password);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.EndsWith("/Account/Manage/EnableAuthenticator", posted.Headers.Location!.ToString());
        Assert.Contains(posted.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-DhrTracker="));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage/EnableAuthenticator")).StatusCode);
        var home = await client.GetAsync("/reviews");
        Assert.Equal("/Account/Manage/EnableAuthenticator", home.Headers.Location!.ToString());

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, Password));
        var again = await factory.NewClient().GetStringAsync($"/Account/AcceptInvitation?token={token}");
        Assert.Contains(InvitationService.LinkNotValid, again);
        Assert.DoesNotContain("Input.Password", again);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task A_bad_link_shows_the_plain_message_and_no_form(string method)
    {
        var client = factory.NewClient();
        const string token = "not-a-real-token";

        var response = method == "GET"
            ? await client.GetAsync($"/Account/AcceptInvitation?token={token}")
            : await PostAsync(client, await client.GetStringAsync("/Account/Login"), token, Password, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(InvitationService.LinkNotValid, body);
        Assert.DoesNotContain("name=\"Input.Password\"", body);
    }

    [Fact]
    public async Task A_refused_password_is_shown_in_the_summary_and_beside_the_field_and_never_echoed()
    {
        var (_, token) = await InviteAsync();
        var client = factory.NewClient();
        var page = await client.GetStringAsync($"/Account/AcceptInvitation?token={token}");

        var response = await PostAsync(client, page, token, "shortphrase", "shortphrase");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Matches("class=\"error-summary\" role=\"alert\"", body);
        Assert.Contains("href=\"#Input.Password\"", body);
        Assert.Contains("class=\"field-error\" id=\"Input.Password-error\"", body);
        Assert.DoesNotContain("shortphrase", body);
        Assert.Contains("name=\"Input.Password\"", body); // the link still works: the form is offered again
    }

    [Fact]
    public async Task Setting_the_password_without_the_antiforgery_token_is_rejected()
    {
        var (_, token) = await InviteAsync();
        var client = factory.NewClient();

        var response = await client.PostAsync($"/Account/AcceptInvitation?token={token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "accept-invitation",
            ["Input.Token"] = token,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Invites a Coordinator through the real service, as an Administrator on the users page would.</summary>
    private async Task<(string Email, string Token)> InviteAsync()
    {
        var adminEmail = await factory.CreateUserAsync(Roles.Administrator);
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var admin = await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(adminEmail);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, admin!.Id)], "test"));
        ((IHostEnvironmentAuthenticationStateProvider)services.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));

        var email = $"invited-{Guid.NewGuid():N}@example.org";
        var invited = await services.GetRequiredService<AccountInviteService>().InviteAsync(
            new InviteAccountInput { Email = email, DisplayName = "Sample Invitee", Role = Roles.Coordinator }, "https://dhrtracker.test/");
        Assert.True(invited.Succeeded, string.Join("; ", invited.Errors));
        return (email, factory.Mail.LastTokenFor(email));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string pageWithAntiforgery, string token, string password, string confirm) =>
        client.PostAsync($"/Account/AcceptInvitation?token={token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "accept-invitation",
            ["__RequestVerificationToken"] = Antiforgery().Match(pageWithAntiforgery).Groups[1].Value,
            ["Input.Token"] = token,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirm,
        }));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
