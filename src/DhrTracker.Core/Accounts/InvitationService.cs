using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Core.Accounts;

/// <summary>
/// The invited person's side, used anonymously by the set-password page: the token in the link is
/// the only credential. Unknown, expired, used and revoked links, and links of disabled accounts,
/// all get the same answer, so the page reveals nothing about which accounts exist.
/// </summary>
public sealed class InvitationService(IDbContextFactory<AppDbContext> dbFactory, IServiceScopeFactory scopes, TimeProvider time)
{
    public const string LinkNotValid =
        "This invitation link has expired or has already been used. Ask your administrator to send a new one.";

    /// <summary>The person the link is for, or null when it cannot be used.</summary>
    public async Task<InvitationCheck?> CheckAsync(string? token, CancellationToken ct = default)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Usable(db, token!, time.GetUtcNow().UtcDateTime)
            .Join(db.Users, i => i.UserId, u => u.Id, (_, u) => new InvitationCheck(u.Email!, u.DisplayName))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// Sets the password (Identity's validators: <see cref="PasswordRules"/>), confirms the email
    /// address and uses the link up; returns the account id so the page can sign the person in.
    /// </summary>
    public async Task<Result<string>> AcceptAsync(string? token, string? password, string? confirmPassword, CancellationToken ct = default)
    {
        if (!LooksLikeToken(token))
        {
            return Result<string>.Refused("Token", LinkNotValid);
        }

        await using var work = await AccountWork.BeginAsync(scopes, ct);
        var invitation = await Usable(work.Db, token!, work.UtcNow).SingleOrDefaultAsync(ct);
        if (invitation is null)
        {
            return Result<string>.Refused("Token", LinkNotValid);
        }

        var account = await work.Db.Users.SingleAsync(u => u.Id == invitation.UserId, ct);

        if (string.IsNullOrEmpty(password))
        {
            return Result<string>.Refused("Password", "Enter a password.");
        }

        if (password != confirmPassword)
        {
            return Result<string>.Refused("ConfirmPassword", "The two passwords do not match. Type the same password in both boxes.");
        }

        invitation.AcceptedUtc = work.UtcNow;
        account.EmailConfirmed = true;
        work.Audit(new CurrentUser(account.Id, "", new HashSet<string>(), account.PartnershipId), AccountAuditActions.InvitationAccepted,
            account.Id, "Password chosen; authenticator set-up follows");
        var added = await work.Users.AddPasswordAsync(account, password);
        if (!added.Succeeded)
        {
            return Result<string>.Refused(IdentityRefusal.Of(added, "Password"));
        }

        await work.CommitAsync(ct);
        return Result<string>.Ok(account.Id);
    }

    private static bool LooksLikeToken(string? token) => !string.IsNullOrWhiteSpace(token) && token.Length <= InvitationTokens.MaxLength;

    /// <summary>The invitation behind a token, if it can still be used: open, in date, for an account not disabled and not yet set up.</summary>
    private static IQueryable<AccountInvitation> Usable(AppDbContext db, string token, DateTime nowUtc)
    {
        var hash = InvitationTokens.Hash(token);
        return db.AccountInvitations.Where(i => i.TokenHash == hash && i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc > nowUtc
            && db.Users.Any(u => u.Id == i.UserId && u.DisabledUtc == null && u.PasswordHash == null));
    }
}
