using System.Net;

namespace DhrTracker.Web.Tests.Observability;

/// <summary>Issue 15 item 7: <c>/alive</c> for the process, <c>/health</c> for readiness (the database), both anonymous and never cached.</summary>
public sealed class HealthEndpointTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/alive")]
    [InlineData("/health")]
    public async Task Each_answers_healthy_without_sign_in_and_is_never_cached(string path)
    {
        var response = await factory.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Without_its_database_the_app_is_alive_but_not_ready()
    {
        await using var app = new AppFactory();
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        // The database file is gone and its path cannot be opened (a lost volume, a broken mount).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = Path.Combine(app.DataDir, "dhr.db");
        foreach (var part in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(part);
        }

        Directory.CreateDirectory(file);

        var ready = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.True(ready.Headers.CacheControl?.NoStore);
        var alive = await client.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("Healthy", await alive.Content.ReadAsStringAsync());
    }
}
