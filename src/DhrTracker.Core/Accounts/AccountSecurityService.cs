using DhrTracker.Core.Access;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Core.Accounts;

/// <summary>
/// Taking access away: disable and enable, reset two-factor authentication, end every session.
/// Each renews the security stamp, so live circuits revalidate within a minute (R6, R11), and the
/// service calls of a disabled account are refused at once (<see cref="CurrentUserLoader"/>).
/// </summary>
/// <remarks>
/// Sessions are ended through <see cref="UserSessions"/>, which writes on its own connection, so
/// only after this service's transaction has committed (SQLite would otherwise wait on its own lock).
/// If that step failed, a disabled account's sessions still end: <see cref="UserSessions.CheckAsync"/>
/// treats every session of a disabled account as over.
/// </remarks>
public sealed class AccountSecurityService(IServiceScopeFactory scopes, CurrentUserLoader currentUser, UserSessions sessions)
{
    /// <summary>Why a session ended, in the words of <see cref="UserSession.EndReason"/>.</summary>
    public const string EndedByAdministrator = "ended by an administrator";

    /// <summary>Disables the account, revokes its open invitations and ends its sessions; returns how many sessions were live.</summary>
    public async Task<Result<int>> DisableAsync(string userId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using (var work = await AccountWork.BeginAsync(scopes, ct))
        {
            var account = await work.ManageableAsync(user, userId, AccountAuditActions.AccountDisabled, ct);
            if (AccountAccess.IsSelf(user, userId))
            {
                return Result<int>.Refused("", "You cannot disable your own account: ask another Administrator.");
            }

            if (account.DisabledUtc is not null)
            {
                return Result<int>.Refused("", "This account is already disabled.");
            }

            if (await LastAdministratorRule.AppliesAsync(work.Db, account, ct))
            {
                return Result<int>.Refused("", LastAdministratorRule.Message);
            }

            account.DisabledUtc = work.UtcNow;
            await work.RevokeInvitationsAsync(userId, ct);
            work.Audit(user, AccountAuditActions.AccountDisabled, userId, "Disabled; open invitations revoked; sessions ended");
            IdentityRefusal.ThrowIfFailed(await work.Users.UpdateSecurityStampAsync(account));
            await work.CommitAsync(ct);
        }

        return Result<int>.Ok(await sessions.EndAllAsync(userId, UserSessions.Disabled, ct));
    }

    public async Task<Result<string>> EnableAsync(string userId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var work = await AccountWork.BeginAsync(scopes, ct);
        var account = await work.ManageableAsync(user, userId, AccountAuditActions.AccountEnabled, ct);
        if (account.DisabledUtc is null)
        {
            return Result<string>.Refused("", "This account is not disabled.");
        }

        account.DisabledUtc = null;
        work.Audit(user, AccountAuditActions.AccountEnabled, userId, "Enabled");
        IdentityRefusal.ThrowIfFailed(await work.Users.UpdateAsync(account));
        await work.CommitAsync(ct);
        return Result<string>.Ok(userId);
    }

    /// <summary>
    /// Removes the authenticator and recovery codes and ends every session: the person signs in with
    /// their password and must set up an authenticator again. Returns how many sessions were live.
    /// </summary>
    public async Task<Result<int>> ResetTwoFactorAsync(string userId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using (var work = await AccountWork.BeginAsync(scopes, ct))
        {
            var account = await work.ManageableAsync(user, userId, AccountAuditActions.TwoFactorReset, ct);
            if (AccountAccess.IsSelf(user, userId))
            {
                return Result<int>.Refused("", "You cannot reset your own two-factor authentication here: use your account settings, or ask another Administrator.");
            }

            var users = work.Users;
            IdentityRefusal.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(account, false));
            // Removed, not replaced: a new key is made at enrolment by the web app, whose key ring can
            // read it back (the dhr command may have no access to that key ring).
            IdentityRefusal.ThrowIfFailed(await users.RemoveAuthenticationTokenAsync(account, "[AspNetUserStore]", "AuthenticatorKey"));
            var recoveryCodes = (IUserTwoFactorRecoveryCodeStore<AppUser>)work.Store;
            await recoveryCodes.ReplaceCodesAsync(account, [], ct);
            account.LastTotpTimeStep = null;
            work.Audit(user, AccountAuditActions.TwoFactorReset, userId, "Authenticator and recovery codes removed; sessions ended");
            IdentityRefusal.ThrowIfFailed(await users.UpdateSecurityStampAsync(account));
            await work.CommitAsync(ct);
        }

        return Result<int>.Ok(await sessions.EndAllAsync(userId, EndedByAdministrator, ct));
    }

    /// <summary>Signs the person out everywhere now; returns how many sessions were live (recorded in the audit row).</summary>
    public async Task<Result<int>> EndSessionsAsync(string userId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using (var check = await AccountWork.BeginAsync(scopes, ct))
        {
            await check.ManageableAsync(user, userId, AccountAuditActions.SessionsEnded, ct);
        }

        // Ended first, so the audit row can say how many; if recording then failed, the sessions are still over (the safe way round).
        var ended = await sessions.EndAllAsync(userId, EndedByAdministrator, ct);
        await using var work = await AccountWork.BeginAsync(scopes, ct);
        var account = await work.ManageableAsync(user, userId, AccountAuditActions.SessionsEnded, ct);
        work.Audit(user, AccountAuditActions.SessionsEnded, userId, $"{ended} live session(s) ended");
        IdentityRefusal.ThrowIfFailed(await work.Users.UpdateSecurityStampAsync(account));
        await work.CommitAsync(ct);
        return Result<int>.Ok(ended);
    }
}
