using DhrTracker.Core.Identity;

namespace DhrTracker.Web.Tests.Retention;

/// <summary>R21: the partnership settings page, as the server first renders it, offers the retention period with its default.</summary>
public sealed class RetentionSettingPageTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task R21_an_administrator_sees_the_retention_period_field_set_to_15_years()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Administrator));

        var html = await client.GetStringAsync("/admin/settings", TestContext.Current.CancellationToken);

        var field = html[html.IndexOf("id=\"field-RetentionYears\"", StringComparison.Ordinal)..];
        Assert.Contains("Retention period (whole years after a review ended)", field[..3000], StringComparison.Ordinal);
        Assert.Contains("value=\"15\"", field[..3000], StringComparison.Ordinal);
    }
}
