using System.Text.RegularExpressions;
using MimeKit;
using OtpNet;

namespace DhrTracker.E2ETests.Account;

/// <summary>
/// Issue 9's "done when", in Production over HTTPS with two-factor on: an Administrator invites a
/// user from /admin/users; the invitee opens the link, sets a password, enrols an authenticator,
/// signs in, works past the revalidation interval (5 s here), and is ended by being disabled.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InvitationJourneyTests(BrowserFixture browser)
{
    private const string InviteePassword = "kettle orchard lantern 73";

    [Fact]
    public async Task R9_R6_an_invited_user_enrols_works_past_revalidation_cannot_reuse_a_code_and_is_ended_by_being_disabled()
    {
        var email = $"new-coordinator-{Guid.NewGuid():N}@example.org";
        await using var admin = await browser.NewSessionAsync();
        await admin.SignInAsync("admin@demo.invalid");

        // The Administrator invites a coordinator.
        await admin.GotoAsync("/admin/users");
        await admin.Page.GetByTestId("invite-user").ClickAsync();
        await admin.Page.GetByLabel("Work email address").FillAsync(email);
        await admin.Page.GetByLabel("Name").First.FillAsync("Invited Coordinator");
        await admin.Page.ChooseAsync(admin.Page.GetByTestId("select-Role"), "Coordinator", exact: false);
        await admin.AssertAccessibleAsync();
        await admin.Page.GetByTestId("send-invitation").ClickAsync();
        await Assertions.Expect(admin.Page.GetByTestId("outcome")).ToContainTextAsync(email);

        // The invitee opens the link from the mail, chooses a password and is taken to enrolment.
        await using var invitee = await browser.NewSessionAsync();
        await invitee.Page.GotoAsync(await InvitationLinkAsync(email));
        await invitee.AssertAccessibleAsync();
        await invitee.Page.GetByLabel("New password").FillAsync(InviteePassword);
        await invitee.Page.GetByLabel("Type the password again").FillAsync(InviteePassword);
        await invitee.Page.GetByTestId("accept-invitation").ClickAsync();
        await Assertions.Expect(invitee.Page).ToHaveURLAsync(new Regex("/Account/Manage/EnableAuthenticator$"));

        // Enrolment: the key as the phone would take it, then the code it shows.
        var key = (await invitee.Page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        await invitee.AssertAccessibleAsync();
        var enrolmentCode = CodeNow(key);
        await invitee.Page.GetByLabel("Authenticator code").FillAsync(enrolmentCode);
        await invitee.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm and continue" }).ClickAsync();
        await Assertions.Expect(invitee.Page.GetByTestId("recovery-codes")).ToBeVisibleAsync();
        await invitee.AssertAccessibleAsync();

        // Next morning, on another computer: password, then the code already used is refused and the next one works.
        await using var work = await browser.NewSessionAsync();
        await work.SignInWithPasswordAsync(email, InviteePassword);
        await work.Page.GetByLabel("Authenticator code").FillAsync(enrolmentCode);
        await work.Page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(work.Page.Locator(".error-summary")).ToContainTextAsync("already been used");
        await work.Page.GetByLabel("Authenticator code").FillAsync(CodeNow(key));
        await work.Page.Locator("form button[type=submit]").ClickAsync();
        await work.WaitForInteractiveAsync();

        // Works for longer than the revalidation interval: still in, never sent back to enrolment.
        await work.GotoAsync("/reviews");
        await work.Page.WaitForTimeoutAsync(12_000);
        await work.Page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Assertions.Expect(work.Page).ToHaveURLAsync(new Regex("/$"));
        await work.Page.WaitForTimeoutAsync(6_000);
        Assert.DoesNotContain("/Account/", work.Page.Url);

        // The Administrator disables them; their open page goes to sign-in within the interval.
        await admin.GotoAsync("/admin/users");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Invited Coordinator" }).ClickAsync();
        await admin.WaitForInteractiveAsync();
        await admin.Page.GetByTestId("disable-account").ClickAsync();
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Disable", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.Page.GetByTestId("access-outcome")).ToContainTextAsync("Account disabled");

        await work.Page.WaitForURLAsync(new Regex("/Account/Login"), new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task R10_an_unattended_open_tab_is_sent_to_sign_in_once_the_idle_limit_passes()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("coordinator@demo.invalid");
        await user.GotoAsync("/reviews");

        browser.App.Clock.Advance(TimeSpan.FromMinutes(31));

        await user.Page.WaitForURLAsync(new Regex("/Account/Login"), new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task R11_signing_out_in_one_tab_signs_out_the_other_tab()
    {
        await using var user = await browser.NewSessionAsync();
        await user.SignInAsync("manager@demo.invalid");
        var other = await user.Context.NewPageAsync();
        await other.GotoAsync("/actions");
        await other.Locator("[data-interactive='true']").WaitForAsync();

        await user.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(user.Page).ToHaveURLAsync(new Regex("/Account/Login"));

        await other.WaitForURLAsync(new Regex("/Account/Login"), new() { Timeout = 20_000 });
    }

    /// <summary>The code the phone shows, one time step on (each code works once, so never reuse a step).</summary>
    private string CodeNow(string key)
    {
        browser.App.Clock.Advance(TimeSpan.FromSeconds(31));
        return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(browser.App.Clock.GetUtcNow().UtcDateTime);
    }

    private async Task<string> InvitationLinkAsync(string email)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var file in Directory.EnumerateFiles(browser.App.MailFolder, "*.eml"))
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == email) && Link().Match(message.TextBody ?? "") is { Success: true } link)
                {
                    return link.Value;
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No invitation mail to {email} in {browser.App.MailFolder}.");
    }

    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}
