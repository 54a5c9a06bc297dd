using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DhrTracker.Web.Observability;

/// <summary>
/// OpenTelemetry traces and metrics (ADR 0397): requests, EF Core commands, outgoing HTTP and the meters ASP.NET Core
/// and Blazor emit (circuits, component events, Kestrel, SignalR). Nothing leaves the process unless an OTLP endpoint
/// is configured. What a span may carry is chosen so that no personal data reaches it: query-string values are
/// redacted by the ASP.NET Core instrumentation, and SQL carries parameter placeholders, never their values.
/// </summary>
public static class Telemetry
{
    /// <summary>The standard OpenTelemetry setting (environment variable or configuration key) that switches the exporter on.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meters .NET 10 emits for this kind of app, beside those the ASP.NET Core instrumentation adds itself.</summary>
    public static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        "Microsoft.AspNetCore.Identity",
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Components.Lifecycle",
        "Microsoft.AspNetCore.Components.Server.Circuits",
        "Microsoft.EntityFrameworkCore",
        "System.Net.Http",
    ];

    /// <summary>
    /// The instrumentations' own switches that would put personal data into spans: SQL parameter values (names,
    /// dates of birth, addresses typed into forms) and unredacted query strings (search words).
    /// </summary>
    public static readonly string[] SettingsThatExposePersonalData =
    [
        "OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS",
        "OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION",
        "OTEL_DOTNET_EXPERIMENTAL_HTTPCLIENT_DISABLE_URL_QUERY_REDACTION",
    ];

    public static bool ExporterConfigured(IConfiguration config) => !string.IsNullOrWhiteSpace(config[OtlpEndpointKey]);

    /// <summary>The settings of <see cref="SettingsThatExposePersonalData"/> that are switched on; the app refuses to start with any.</summary>
    public static IReadOnlyList<string> PersonalDataSwitchesOn(IConfiguration config) =>
        [.. SettingsThatExposePersonalData.Where(key => bool.TryParse(config[key], out var on) && on)];

    public static WebApplicationBuilder AddDhrTelemetry(this WebApplicationBuilder builder)
    {
        var exposing = PersonalDataSwitchesOn(builder.Configuration);
        if (exposing.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", exposing)} would put personal data into traces: remove the setting (ADR 0397).");
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("DhrTracker"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(FrameworkMeters))
            .WithTracing(tracing => tracing
                .AddSource("Microsoft.AspNetCore.Components")
                .AddAspNetCoreInstrumentation(o =>
                    // Probes would fill the traces with noise every few seconds.
                    o.Filter = context => !context.Request.Path.StartsWithSegments(HealthEndpoints.ReadyPath)
                        && !context.Request.Path.StartsWithSegments(HealthEndpoints.AlivePath))
                .AddEntityFrameworkCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (ExporterConfigured(builder.Configuration))
        {
            // Logs go to the collector too. The exporter reads the endpoint, protocol and headers from the standard
            // OTEL_EXPORTER_OTLP_* settings.
            telemetry.WithLogging().UseOtlpExporter();
        }

        return builder;
    }
}
