using Microsoft.Extensions.Configuration;

namespace DhrTracker.Core.Identity;

/// <summary>
/// How long a session may live (ASVS 7.3): idle from the last activity, absolute from the real
/// sign-in, and how often a live circuit re-checks its session. Shorter values are for tests.
/// </summary>
public sealed record SessionLimits(TimeSpan Idle, TimeSpan Absolute, TimeSpan Revalidation)
{
    public static readonly SessionLimits Default = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(12), TimeSpan.FromMinutes(1));

    /// <summary>Activity is written to the session row at most this often, so every click is not a database write.</summary>
    public TimeSpan TouchEvery => Revalidation < TimeSpan.FromMinutes(1) ? Revalidation : TimeSpan.FromMinutes(1);

    public static SessionLimits From(IConfiguration config) => new(
        TimeSpan.FromMinutes(config.GetValue("Security:IdleTimeoutMinutes", 30.0)),
        TimeSpan.FromHours(config.GetValue("Security:AbsoluteTimeoutHours", 12.0)),
        TimeSpan.FromSeconds(config.GetValue("Security:RevalidationSeconds", 60.0)));
}
