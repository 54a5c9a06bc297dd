using DhrTracker.Core.Data;

namespace DhrTracker.Core.Identity;

/// <summary>
/// The server's record of who is signed in. The cookie only names a session; whether it is still
/// alive (not ended, not idle, not past the absolute limit, account not disabled) is decided here,
/// on every request and every revalidation of a live circuit.
/// </summary>
public sealed class UserSessions(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, SessionLimits limits)
{
    public const string Idle = "idle";
    public const string Expired = "absolute limit reached";
    public const string SignedOut = "signed out";
    public const string Disabled = "account disabled";

    public async Task<Guid> StartAsync(string userId, string? ipAddress, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var session = new UserSession { Id = Guid.NewGuid(), UserId = userId, CreatedUtc = now, LastSeenUtc = now, IpAddress = ipAddress };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.UserSessions.Add(session);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSignInUtc, now), ct);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>
    /// Null while the session is alive; otherwise why it is over (an idle or expired session is
    /// marked ended on the way). <paramref name="activity"/> counts this call as the user's activity.
    /// </summary>
    public async Task<string?> CheckAsync(Guid sessionId, string userId, bool activity, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.UserId == userId)
            .Select(s => new { s.CreatedUtc, s.LastSeenUtc, s.EndedUtc, s.EndReason, Disabled = db.Users.Any(u => u.Id == s.UserId && u.DisabledUtc != null) })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return "unknown session";
        }

        if (row.EndedUtc is not null)
        {
            return row.EndReason ?? SignedOut;
        }

        var over = row.Disabled ? Disabled
            : now - row.CreatedUtc >= limits.Absolute ? Expired
            : now - row.LastSeenUtc >= limits.Idle ? Idle
            : null;
        if (over is not null)
        {
            await EndWhere(db.UserSessions.Where(s => s.Id == sessionId), over, now, ct);
        }
        else if (activity && now - row.LastSeenUtc >= limits.TouchEvery)
        {
            await db.UserSessions.Where(s => s.Id == sessionId && s.EndedUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenUtc, now), ct);
        }

        return over;
    }

    /// <summary>Counts activity on a live circuit (clicks and typing send no HTTP request).</summary>
    public async Task TouchAsync(Guid sessionId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var idleSince = now - limits.Idle;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // An idle session stays ended: activity after the limit does not bring it back.
        await db.UserSessions.Where(s => s.Id == sessionId && s.EndedUtc == null && s.LastSeenUtc > idleSince)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenUtc, now), ct);
    }

    public async Task EndAsync(Guid sessionId, string reason, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EndWhere(db.UserSessions.Where(s => s.Id == sessionId), reason, time.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>Ends every live session of the user; returns how many were live.</summary>
    public async Task<int> EndAllAsync(string userId, string reason, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await EndWhere(db.UserSessions.Where(s => s.UserId == userId), reason, time.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>Ends every live session of the user but the one in use (e.g. after a password change).</summary>
    public async Task<int> EndOthersAsync(string userId, Guid keep, string reason, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await EndWhere(db.UserSessions.Where(s => s.UserId == userId && s.Id != keep), reason, time.GetUtcNow().UtcDateTime, ct);
    }

    private static Task<int> EndWhere(IQueryable<UserSession> sessions, string reason, DateTime now, CancellationToken ct) =>
        sessions.Where(s => s.EndedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedUtc, now).SetProperty(x => x.EndReason, reason), ct);
}
