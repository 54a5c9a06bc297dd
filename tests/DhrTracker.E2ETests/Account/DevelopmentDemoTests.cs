using DhrTracker.Core.Demo;

namespace DhrTracker.E2ETests.Account;

/// <summary>The README's first command: `dotnet run` in Development shows the demo accounts and lets one in with the password alone.</summary>
[Collection(DevelopmentBrowserCollection.Name)]
public sealed class DevelopmentDemoTests(DevelopmentBrowserFixture browser)
{
    [Fact]
    public async Task The_sign_in_page_lists_the_demo_accounts_and_the_coordinator_signs_in_with_the_password_alone()
    {
        await using var user = await browser.NewSessionAsync();
        var page = user.Page;
        await page.GotoAsync("/Account/Login");
        var demo = page.GetByRole(AriaRole.Region, new() { Name = "Demo accounts" });
        await Assertions.Expect(demo).ToContainTextAsync(DemoData.Password);
        await Assertions.Expect(demo).ToContainTextAsync("Two-factor authentication is switched off");
        foreach (var (email, _, _) in DemoData.Accounts)
        {
            await Assertions.Expect(demo).ToContainTextAsync(email);
        }

        await user.SignInWithPasswordAsync("coordinator@demo.invalid");
        await user.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        Assert.StartsWith("http://", page.Url);
    }
}
