using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DhrTracker.Web.Security;

/// <summary>
/// Clicks and typing on a live circuit send no HTTP request, so the idle limit would end a busy
/// user's session: count circuit activity as activity (written at most once per
/// <see cref="SessionLimits.TouchEvery"/>). Ending an idle circuit is the revalidating state
/// provider's job; this only keeps a working user's session alive.
/// </summary>
internal sealed class SessionActivityCircuitHandler(
    AuthenticationStateProvider authState, UserSessions sessions, SessionLimits limits, TimeProvider time,
    ILogger<SessionActivityCircuitHandler> logger) : CircuitHandler
{
    // The page request that opened the circuit has just counted as activity.
    private DateTimeOffset lastTouch = time.GetUtcNow();

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            await next(context);
            var now = time.GetUtcNow();
            if (now - lastTouch < limits.TouchEvery)
            {
                return;
            }

            lastTouch = now;
            try
            {
                var user = (await authState.GetAuthenticationStateAsync()).User;
                if (SessionClaims.SessionOf(user) is { } id)
                {
                    await sessions.TouchAsync(id);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A missed touch only brings the idle limit closer; it must never break the user's circuit.
                logger.LogWarning(ex, "Could not record session activity.");
            }
        };
}
