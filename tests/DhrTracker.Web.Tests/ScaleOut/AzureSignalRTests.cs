using Microsoft.Azure.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DhrTracker.Web.Tests.ScaleOut;

/// <summary>Azure SignalR Service is used only when configured (ADR 0402): off by default, on with a connection string.</summary>
public sealed class AzureSignalRTests
{
    // The documented form, pointing nowhere: a closed loopback port, so nothing can leave the machine.
    private const string FakeConnectionString = "Endpoint=http://127.0.0.1:9;Port=9;AccessKey=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGH=;Version=1.0;";

    [Fact]
    public async Task Without_a_connection_string_the_app_registers_nothing_of_Azure_SignalR()
    {
        await using var host = new WatchingHost([]);
        _ = host.Services;

        Assert.DoesNotContain(host.Registered, IsAzureSignalR);
        Assert.Null(host.Services.GetService<IOptions<ServiceOptions>>()?.Value.ConnectionString);
    }

    [Fact]
    public void With_a_connection_string_the_Azure_SignalR_services_are_registered_with_sticky_circuits()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Azure:SignalR:ConnectionString"] = FakeConnectionString,
        }).Build();
        // What every host provides; the SDK reads its other options from configuration.
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);

        Assert.True(services.AddAzureSignalRWhenConfigured(config));

        Assert.Contains(services, IsAzureSignalR);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<ServiceOptions>>().Value;
        Assert.Equal(FakeConnectionString, options.ConnectionString);
        Assert.Equal(ServerStickyMode.Required, options.ServerStickyMode);
    }

    [Fact]
    public async Task The_app_wires_Azure_SignalR_from_its_configuration()
    {
        await using var host = new WatchingHost(new() { ["Azure:SignalR:ConnectionString"] = FakeConnectionString });
        // The host starts; the service's connections go to a closed loopback port and fail there, which the app only logs.
        _ = host.Services;

        Assert.Contains(host.Registered, IsAzureSignalR);
    }

    private static bool IsAzureSignalR(ServiceDescriptor d) =>
        new[] { d.ServiceType, d.IsKeyedService ? d.KeyedImplementationType : d.ImplementationType }
            .Any(t => t?.Assembly == typeof(ServiceOptions).Assembly);

    /// <summary>The real web host, keeping the list of services Program registered.</summary>
    private sealed class WatchingHost : AppFactory
    {
        public WatchingHost(Dictionary<string, string> settings) => Settings = settings;

        public List<ServiceDescriptor> Registered { get; } = [];

        protected override void ConfigureServices(IServiceCollection services) => Registered.AddRange(services);
    }
}
