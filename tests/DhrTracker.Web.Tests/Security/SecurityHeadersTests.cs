namespace DhrTracker.Web.Tests.Security;

/// <summary>R13: the same protective headers on pages, redirects and errors.</summary>
public sealed class SecurityHeadersTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/reviews")]
    [InlineData("/Account/Register")]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await factory.NewClient().GetAsync(path);
        string Header(string name) => string.Join(",", response.Headers.TryGetValues(name, out var v) ? v : response.Content.Headers.TryGetValues(name, out var c) ? c : []);

        var csp = Header("Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "");
    }

    [Fact]
    public async Task Production_sends_HSTS_for_a_year_with_subdomains()
    {
        var response = await factory.NewClient().GetAsync("/Account/Login");

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("includeSubDomains", hsts);
        Assert.True(int.Parse(hsts.Split("max-age=")[1].Split(';')[0]) >= 31536000, hsts);
    }
}
