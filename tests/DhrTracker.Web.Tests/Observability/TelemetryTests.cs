using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DhrTracker.Web.Tests.Observability;

/// <summary>Issue 15 item 7 (ADR 0397): traces and metrics are collected, sent nowhere unless configured, and carry no personal data.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Traces_and_metrics_are_collected_and_nothing_is_exported_without_an_endpoint()
    {
        await using var host = new TelemetryHost();
        _ = host.Services;

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
        Assert.NotEmpty(host.Registrations);
        Assert.False(host.HasOtlpExporter());
    }

    [Fact]
    public async Task An_OTLP_endpoint_switches_the_exporter_on()
    {
        // Loopback, where nothing listens: the host only has to register the exporter, never reach a collector.
        await using var host = new TelemetryHost { Settings = { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317" } };
        _ = host.Services;

        Assert.True(host.HasOtlpExporter());
    }

    [Theory]
    [InlineData("OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS")]
    [InlineData("OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION")]
    [InlineData("OTEL_DOTNET_EXPERIMENTAL_HTTPCLIENT_DISABLE_URL_QUERY_REDACTION")]
    public async Task A_setting_that_would_put_personal_data_into_traces_stops_the_start(string setting)
    {
        await using var host = new TelemetryHost { Settings = { [setting] = "true" } };

        var refused = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains($"{setting} would put personal data into traces", refused.ToString());
    }

    [Fact]
    public async Task Spans_of_a_sign_in_carry_the_SQL_but_never_the_email_it_looked_up()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = new TelemetryHost();

        var email = await host.CreateUserAsync();
        await host.SignedInClientAsync(email);

        var database = spans.Where(s => s.Source.Name == "OpenTelemetry.Instrumentation.EntityFrameworkCore").ToList();
        Assert.Contains(database, s => s.TagObjects.Any(t => t.Value?.ToString()?.Contains("SELECT", StringComparison.OrdinalIgnoreCase) == true));
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        var leaks = spans.SelectMany(s => s.TagObjects.Select(t => $"{s.Source.Name} {s.DisplayName}: {t.Key}={t.Value}").Append(s.DisplayName))
            .Where(text => text.Contains(email, StringComparison.OrdinalIgnoreCase) || text.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Empty(leaks);
    }
}
