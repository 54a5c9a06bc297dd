using Bunit;
using DhrTracker.Web.Components.Account.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace DhrTracker.Web.Tests.Components.Account;

/// <summary>
/// Issue 16 item 15: a session that ends on a tab nobody is looking at (closed, or a laptop asleep) sends that tab to sign-in.
/// The browser may be gone by then; the wait for it must end quietly, not as an unhandled circuit error with a stack trace.
/// </summary>
public sealed class RedirectToLoginTests : MudTestContext
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_live_page_asks_its_browser_to_load_sign_in_and_a_browser_that_has_gone_ends_the_wait_quietly(bool browserGone)
    {
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/reviews/42");
        var replace = JSInterop.SetupVoid("location.replace", _ => true);
        if (browserGone)
        {
            replace.SetException(new JSDisconnectedException("The circuit has disconnected."));
        }
        else
        {
            replace.SetVoidResult();
        }

        var page = Render<RedirectToLogin>();

        var call = Assert.Single(replace.Invocations);
        Assert.Equal("http://localhost/Account/Login?returnUrl=reviews%2F42", call.Arguments[0]);
        Assert.Equal("http://localhost/reviews/42", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Empty(page.FindAll("*"));
    }
}
