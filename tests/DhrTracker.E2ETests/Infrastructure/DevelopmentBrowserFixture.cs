namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>The README's `dotnet run`: Development over plain http://, demo data seeded by the app, two-factor off.</summary>
public sealed class DevelopmentBrowserFixture() : BrowserFixture(E2EApp.Development());

[CollectionDefinition(Name)]
public sealed class DevelopmentBrowserCollection : ICollectionFixture<DevelopmentBrowserFixture>
{
    public const string Name = "browser, Development";
}
