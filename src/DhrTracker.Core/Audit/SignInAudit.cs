using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Audit;

/// <summary>Records sign-in attempts. The typed email is never stored: only the account id, when one matched.</summary>
public sealed class SignInAudit(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public Task RecordAsync(string? userId, bool succeeded, string detail, CancellationToken ct = default)
    {
        var who = new CurrentUser(userId ?? "", "", new HashSet<string>(), null);
        return dbFactory.RecordAsync(time, who, succeeded ? AuditActions.SignIn : AuditActions.SignInFailed,
            "Account", userId ?? "", succeeded ? AuditOutcome.Succeeded : AuditOutcome.Denied, detail, ct);
    }
}
