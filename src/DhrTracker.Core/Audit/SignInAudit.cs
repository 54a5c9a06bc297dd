using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Audit;

/// <summary>
/// Records sign-ins and the account's own security events. The typed email is never stored: only
/// the account id, when one matched.
/// </summary>
public sealed class SignInAudit(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, RequestOrigin origin)
{
    public Task RecordAsync(string? userId, bool succeeded, string detail, CancellationToken ct = default) =>
        RecordEventAsync(userId, succeeded ? AuditActions.SignIn : AuditActions.SignInFailed, detail,
            succeeded ? AuditOutcome.Succeeded : AuditOutcome.Denied, ct);

    /// <summary>An event of the account itself (sign-out, lockout, second factor, password), by its owner.</summary>
    public Task RecordEventAsync(string? userId, string action, string detail, AuditOutcome outcome = AuditOutcome.Succeeded,
        CancellationToken ct = default)
    {
        var who = new CurrentUser(userId ?? "", "", new HashSet<string>(), null) { Origin = origin };
        return dbFactory.RecordAsync(time, who, action, "Account", userId ?? "", outcome, detail, ct);
    }
}
