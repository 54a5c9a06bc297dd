using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Core.Accounts;

/// <summary>
/// Accounts as Administrators see and change them: the list, one account, and its roles, agency and
/// panel eligibility. Invitations are in <see cref="AccountInviteService"/>; disabling, two-factor
/// resets and ending sessions in <see cref="AccountSecurityService"/>. Every call re-reads the caller.
/// </summary>
public sealed class AccountAdminService(
    IDbContextFactory<AppDbContext> dbFactory,
    IServiceScopeFactory scopes,
    CurrentUserLoader currentUser,
    IValidator<ChangeAccountInput> validator,
    TimeProvider time)
{
    /// <summary>The accounts the caller may manage, filtered; empty for anyone but an Administrator.</summary>
    public async Task<IReadOnlyList<AccountRow>> ListAsync(AccountQuery query, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking().Manageable(user);
        if (query.PartnershipId is { } partnershipId)
        {
            users = users.Where(u => u.PartnershipId == partnershipId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLower();
            users = users.Where(u => u.DisplayName.ToLower().Contains(search) || u.Email!.ToLower().Contains(search));
        }

        if (query.Role is { } role)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var rows = (await AccountRows.LoadAsync(db, users, time.GetUtcNow(), ct)).Select(l => l.Row);
        return query.Status is { } status ? rows.Where(r => r.Status == status).ToList() : rows.ToList();
    }

    /// <summary>One account, or null when it does not exist or the caller may not manage it.</summary>
    public async Task<AccountDetail?> GetAsync(string userId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var loaded = (await AccountRows.LoadAsync(db, db.Users.AsNoTracking().Manageable(user).Where(u => u.Id == userId), time.GetUtcNow(), ct))
            .SingleOrDefault();
        if (loaded is null)
        {
            await db.RecordDeniedAsync(time, user, AuditActions.View, AccountAuditActions.Entity, userId, ct);
            return null;
        }

        var invitationExpires = await db.AccountInvitations
            .Where(i => i.UserId == userId && i.AcceptedUtc == null && i.RevokedUtc == null)
            .MaxAsync(i => (DateTime?)i.ExpiresUtc, ct);
        return new AccountDetail(loaded.Row, loaded.PartnershipId, loaded.AgencyId, loaded.PanelEligible, loaded.DisabledUtc,
            invitationExpires, AccountAccess.IsSelf(user, userId));
    }

    /// <summary>The partnerships the caller may put accounts in, each with its register's active agencies.</summary>
    public async Task<IReadOnlyList<AccountPartnershipOption>> PartnershipOptionsAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!AccountAccess.CanAdminister(user))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnerships = await db.Partnerships.AsNoTracking().Where(p => user.PartnershipId == null || p.Id == user.PartnershipId)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var agencies = (await db.Agencies.AsNoTracking().Where(a => a.IsActive && (user.PartnershipId == null || a.PartnershipId == user.PartnershipId))
                .OrderBy(a => a.Name).Select(a => new { a.PartnershipId, a.Id, a.Name }).ToListAsync(ct))
            .ToLookup(a => a.PartnershipId, a => new AccountAgencyOption(a.Id, a.Name));
        return partnerships.Select(p => new AccountPartnershipOption(p.Id, p.Name, agencies[p.Id].ToList())).ToList();
    }

    /// <summary>
    /// Changes roles, agency and panel eligibility. Refused for the caller's own roles or agency (R5),
    /// a role that needs an agency without one, another partnership's agency, and removing the last
    /// active Administrator. A change of roles renews the security stamp, so the person's live
    /// circuits revalidate within a minute (R6); their service calls see the new roles at once.
    /// </summary>
    public async Task<Result<string>> ChangeAsync(string userId, ChangeAccountInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var work = await AccountWork.BeginAsync(scopes, ct);
        var account = await work.ManageableAsync(user, userId, AccountAuditActions.AccountChanged, ct);
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<string>.Refused(validation);
        }

        var before = new AccountChange(await work.RolesOfAsync(userId, ct), account.AgencyId, !account.ExcludedFromPanels);
        var after = new AccountChange(input.Roles.Distinct().Order(StringComparer.Ordinal).ToList(), input.AgencyId, input.PanelEligible);
        var errors = await CheckAsync(work, user, account, before, after, ct);
        if (errors.Count > 0)
        {
            return Result<string>.Refused(errors);
        }

        var detail = await after.DescribeChangeFromAsync(before, work.Db, ct);
        if (detail is null)
        {
            return Result<string>.Ok(userId);
        }

        IdentityRefusal.ThrowIfFailed(await work.Users.RemoveFromRolesAsync(account, before.Roles.Except(after.Roles)));
        IdentityRefusal.ThrowIfFailed(await work.Users.AddToRolesAsync(account, after.Roles.Except(before.Roles)));
        account.AgencyId = after.AgencyId;
        account.ExcludedFromPanels = !after.PanelEligible;
        work.Audit(user, AccountAuditActions.AccountChanged, userId, detail);
        IdentityRefusal.ThrowIfFailed(before.Roles.SequenceEqual(after.Roles)
            ? await work.Users.UpdateAsync(account)
            : await work.Users.UpdateSecurityStampAsync(account));
        await work.CommitAsync(ct);
        return Result<string>.Ok(userId);
    }

    private static async Task<List<FieldError>> CheckAsync(AccountWork work, CurrentUser user, AppUser account,
        AccountChange before, AccountChange after, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var self = AccountAccess.IsSelf(user, account.Id);
        if (self && !before.Roles.SequenceEqual(after.Roles))
        {
            errors.Add(new(nameof(ChangeAccountInput.Roles), "You cannot change your own roles: ask another Administrator."));
        }
        else if (account.PartnershipId is null && !after.Roles.SequenceEqual([Roles.Administrator]))
        {
            errors.Add(new(nameof(ChangeAccountInput.Roles), "An installation-wide account belongs to no partnership, so it can only be an Administrator."));
        }
        else if (before.Roles.Contains(Roles.Administrator) && !after.Roles.Contains(Roles.Administrator)
                 && await LastAdministratorRule.AppliesAsync(work.Db, account, ct))
        {
            errors.Add(new(nameof(ChangeAccountInput.Roles), LastAdministratorRule.Message));
        }

        if (self && before.AgencyId != after.AgencyId)
        {
            errors.Add(new(nameof(ChangeAccountInput.AgencyId), "You cannot change your own agency: ask another Administrator."));
        }
        else if (after.AgencyId is { } agencyId && after.AgencyId != before.AgencyId
                 && !await work.Db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == account.PartnershipId && a.IsActive, ct))
        {
            errors.Add(new(nameof(ChangeAccountInput.AgencyId), AccountRoleRules.AgencyNotOnRegister));
        }

        return errors;
    }
}
