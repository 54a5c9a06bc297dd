using DhrTracker.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DhrTracker.Web.Observability;

/// <summary>
/// <c>/alive</c>: the process answers (restart it if not). <c>/health</c>: ready for traffic, which needs the
/// database (take the instance out of the load balancer if not). Tags separate the two, as the .NET Aspire service
/// defaults do. Both are anonymous, answer only Healthy/Unhealthy/Degraded (no detail, no personal data) and are never cached.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyPath = "/health";
    public const string AlivePath = "/alive";
    private const string LiveTag = "live";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddDhrHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag])
            // A real query on a table the app cannot work without: a missing, unreadable or unmigrated database fails it.
            .AddDbContextCheck<AppDbContext>("database", tags: [ReadyTag], customTestQuery: async (db, ct) =>
            {
                await db.Users.AnyAsync(ct);
                return true;
            });
        return services;
    }

    public static WebApplication MapDhrHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(ReadyPath).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) }).AllowAnonymous();
        return app;
    }
}
