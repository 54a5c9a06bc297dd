using DhrTracker.Core.Audit;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DhrTracker.Web.Security;

/// <summary>
/// Fills the scope's <see cref="RequestOrigin"/> (IP address, browser, circuit) that Core copies onto
/// every audit row: per HTTP request for pages, downloads and sign-in, and once per Blazor circuit.
/// </summary>
internal static class AuditOrigin
{
    public static IApplicationBuilder UseAuditOrigin(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        Fill(context.RequestServices.GetRequiredService<RequestOrigin>(), context, circuitId: null);
        await next(context);
    });

    public static void Fill(RequestOrigin origin, HttpContext context, string? circuitId) =>
        origin.Set(context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent.ToString(), circuitId);
}

/// <summary>
/// A circuit has its own scope, opened from the SignalR connection's request: take the origin from
/// that connection when the circuit opens, with the circuit's id.
/// </summary>
internal sealed class AuditOriginCircuitHandler(RequestOrigin origin, IHttpContextAccessor http) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (http.HttpContext is { } context)
        {
            AuditOrigin.Fill(origin, context, circuit.Id);
        }
        else
        {
            origin.CircuitId = circuit.Id;
        }

        return Task.CompletedTask;
    }
}
