using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Observability;

/// <summary>The web host, keeping the list of services it registered so a test can see which exporters are among them.</summary>
public sealed class TelemetryHost : AppFactory
{
    public IReadOnlyList<ServiceDescriptor> Registrations { get; private set; } = [];

    protected override void ConfigureServices(IServiceCollection services) => Registrations = [.. services];

    /// <summary>Whether any registration's type, implementation or factory comes from the OTLP exporter's assembly.</summary>
    public bool HasOtlpExporter()
    {
        var otlp = typeof(OpenTelemetry.Exporter.OtlpExporterOptions).Assembly;
        bool FromOtlp(Type? type) => type is not null && (type.Assembly == otlp || type.GenericTypeArguments.Any(FromOtlp));

        return Registrations.Any(d => FromOtlp(d.ServiceType) || (d.IsKeyedService
            ? FromOtlp(d.KeyedImplementationType) || FromOtlp(d.KeyedImplementationInstance?.GetType()) || FromOtlp(d.KeyedImplementationFactory?.Method.DeclaringType)
            : FromOtlp(d.ImplementationType) || FromOtlp(d.ImplementationInstance?.GetType()) || FromOtlp(d.ImplementationFactory?.Method.DeclaringType)));
    }
}
