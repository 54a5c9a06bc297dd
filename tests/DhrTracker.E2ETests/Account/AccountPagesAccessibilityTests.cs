using System.Text.RegularExpressions;
using DhrTracker.Core.Demo;
using DhrTracker.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Account;

/// <summary>
/// The static sign-in and account pages as Production serves them, scanned for WCAG 2.2 AA. Each
/// test scans every page of its step and reports them all, so one run names every page to fix.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountPagesAccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] ManagePages =
    [
        "/Account/Manage", "/Account/Manage/ChangePassword", "/Account/Manage/TwoFactorAuthentication",
        "/Account/Manage/ResetAuthenticator", "/Account/Manage/GenerateRecoveryCodes",
    ];

    [Fact]
    public async Task Sign_in_two_factor_and_recovery_code_pages_are_accessible()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        var problems = new List<string>();

        await page.GotoAsync("/Account/Login");
        problems.AddRange(await user.AccessibilityProblemsAsync());
        await user.SignInWithPasswordAsync("panel@demo.invalid");
        await Assertions.Expect(page).ToHaveURLAsync(AddressOf("/Account/LoginWith2fa"));
        await Assertions.Expect(page.GetByLabel("Authenticator code")).ToBeVisibleAsync();
        problems.AddRange(await user.AccessibilityProblemsAsync());
        await page.GotoAsync("/Account/LoginWithRecoveryCode");
        await Assertions.Expect(page).ToHaveURLAsync(AddressOf("/Account/LoginWithRecoveryCode"));
        problems.AddRange(await user.AccessibilityProblemsAsync());

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Account_management_pages_are_accessible()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInAsync("manager@demo.invalid");
        var problems = new List<string>();

        foreach (var path in ManagePages)
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page).ToHaveURLAsync(AddressOf(path));
            problems.AddRange(await user.AccessibilityProblemsAsync());
        }

        // The glossary (issue 16) is, like these pages, for every signed-in user.
        await page.GotoAsync("/glossary");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Glossary", Level = 1 })).ToBeVisibleAsync();
        problems.AddRange(await user.AccessibilityProblemsAsync());

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>R9: signed in with a password but no authenticator yet, every address leads to enrolment, and enrolment is accessible.</summary>
    [Fact]
    public async Task An_account_without_an_authenticator_is_sent_to_enrolment_from_every_address()
    {
        var email = $"new-coordinator-{Guid.NewGuid():N}@example.invalid";
        const string password = "synthetic enrolment passphrase 7";
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>().CreateAsync(email, Roles.Coordinator, DemoData.PartnershipName, password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        }

        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await user.SignInWithPasswordAsync(email, password);
        var enrolment = AddressOf("/Account/Manage/EnableAuthenticator");
        await Assertions.Expect(page).ToHaveURLAsync(enrolment);

        foreach (var path in new[] { "/", "/reviews", "/actions", "/Account/Manage", "/Account/Manage/ChangePassword" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page).ToHaveURLAsync(enrolment, new() { Timeout = 5_000 });
        }

        await user.AssertAccessibleAsync();
    }

    private static Regex AddressOf(string path) => new($"^https://[^/]+{Regex.Escape(path)}([?#].*)?$");
}
