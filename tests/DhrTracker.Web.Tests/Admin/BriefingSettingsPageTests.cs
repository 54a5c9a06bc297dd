using DhrTracker.Core.Identity;

namespace DhrTracker.Web.Tests.Admin;

/// <summary>The partnership settings page, as the server first renders it, offers the three briefing settings, each with its help text.</summary>
public sealed class BriefingSettingsPageTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_administrator_sees_the_area_background_and_small_number_fields_with_their_help()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Administrator));

        var html = await client.GetStringAsync("/admin/settings", TestContext.Current.CancellationToken);

        Assert.Contains("Area the briefing names", Field(html, "AreaName"), StringComparison.Ordinal);
        Assert.Contains("Leave blank to use the partnership&#x27;s name.", Field(html, "AreaName"), StringComparison.Ordinal);
        Assert.Contains("Background and purpose (your own words)", Field(html, "BriefingBackground"), StringComparison.Ordinal);
        Assert.Contains("Leave blank to use the standard text", Field(html, "BriefingBackground"), StringComparison.Ordinal);
        Assert.Contains("Small-number threshold (optional)", Field(html, "SmallNumberThreshold"), StringComparison.Ordinal);
        Assert.Contains("Leave blank to show every count.", Field(html, "SmallNumberThreshold"), StringComparison.Ordinal);
    }

    private static string Field(string html, string name)
    {
        var start = html.IndexOf($"id=\"field-{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No field {name} on the page.");
        var rest = html[start..];
        return rest[..Math.Min(3000, rest.Length)];
    }
}
