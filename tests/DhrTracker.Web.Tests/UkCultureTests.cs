using System.Globalization;
using System.Net;

namespace DhrTracker.Web.Tests;

/// <summary>Issue 16: the app's culture is en-GB whatever language the browser asks for.</summary>
public sealed class UkCultureTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR,fr;q=0.9,en;q=0.5")]
    public async Task Pages_are_served_in_UK_English_whatever_the_browser_asks_for(string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await factory.NewClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["en-GB"], response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public void Work_outside_a_request_such_as_reminders_formats_the_UK_way_too()
    {
        _ = factory.Services;

        Assert.Equal("en-GB", CultureInfo.DefaultThreadCurrentCulture?.Name);
        Assert.Equal("en-GB", CultureInfo.DefaultThreadCurrentUICulture?.Name);
    }
}
