using DhrTracker.Core.Accounts;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Accounts;

/// <summary>
/// Two partnerships, each with an Administrator, plus an installation-wide Administrator, and a
/// Coordinator of partnership A to act on. Signed in as A's Administrator.
/// </summary>
internal sealed record AccountWorld(TestDatabase Db, int PartnershipA, int PartnershipB, string AdminA, string AdminB,
    string InstallationAdmin, string Coordinator)
{
    public const string A = "Partnership A";
    public const string B = "Partnership B";
    public const string LinkBase = "https://dhr.example.org/";

    public AccountAdminService Admin => Db.Get<AccountAdminService>();
    public AccountInviteService Invites => Db.Get<AccountInviteService>();
    public AccountSecurityService Security => Db.Get<AccountSecurityService>();
    public InvitationService Invitation => Db.Get<InvitationService>();

    public static async Task<AccountWorld> CreateAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreatePartnershipAsync(A, "A DHR");
        var b = await db.CreatePartnershipAsync(B, "B DHR");
        var world = new AccountWorld(db, a, b,
            await db.CreateUserAsync(Roles.Administrator, A),
            await db.CreateUserAsync(Roles.Administrator, B),
            await db.CreateUserAsync(Roles.Administrator, null),
            await db.CreateUserAsync(Roles.Coordinator, A, "coordinator.a@example.org"));
        db.SignInAs(world.AdminA);
        return world;
    }

    public static InviteAccountInput NewPerson(string role = Roles.Coordinator, string email = "new.person@example.org") => new()
    {
        Email = email,
        DisplayName = "Sample Person",
        Role = role,
    };

    /// <summary>Invites as the signed-in user and returns the new account's id and the token from the email.</summary>
    public async Task<(string UserId, string Token)> InviteAsync(InviteAccountInput? input = null)
    {
        input ??= NewPerson();
        var result = await Invites.InviteAsync(input, LinkBase);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return (result.Value!, Db.Mail.LastTokenFor(input.Email));
    }

    public async Task<int> AgencyIdAsync(int partnershipId, string name)
    {
        await using var context = Db.NewContext();
        return await context.Agencies.Where(x => x.PartnershipId == partnershipId && x.Name == name).Select(x => x.Id).SingleAsync();
    }

    public async Task<AppUser> AccountAsync(string userId)
    {
        await using var context = Db.NewContext();
        return await context.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
    }

    public async Task<List<string>> RolesOfAsync(string userId)
    {
        await using var context = Db.NewContext();
        return await context.UserRoles.Where(ur => ur.UserId == userId).Join(context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n).ToListAsync();
    }

    /// <summary>Account audit rows about <paramref name="userId"/>, oldest first (the dhr command's AccountCreated rows excluded).</summary>
    public async Task<List<AuditEntry>> AuditOfAsync(string userId)
    {
        await using var context = Db.NewContext();
        return await context.AuditEntries.Where(e => e.EntityType == AccountAuditActions.Entity && e.EntityId == userId
                && e.Action != AccountAuditActions.AccountCreated)
            .OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>A fingerprint of everything account administration writes, to prove a refusal wrote nothing.</summary>
    public async Task<string> StateAsync()
    {
        await using var context = Db.NewContext();
        var users = await context.Users.OrderBy(u => u.Id)
            .Select(u => $"{u.Id}|{u.Email}|{u.AgencyId}|{u.ExcludedFromPanels}|{u.DisabledUtc}|{u.SecurityStamp}|{u.PasswordHash != null}|{u.TwoFactorEnabled}")
            .ToListAsync();
        var roles = await context.UserRoles.OrderBy(r => r.UserId).ThenBy(r => r.RoleId).Select(r => r.UserId + r.RoleId).ToListAsync();
        var invitations = await context.AccountInvitations.OrderBy(i => i.Id).Select(i => $"{i.Id}|{i.AcceptedUtc}|{i.RevokedUtc}").ToListAsync();
        var audit = await context.AuditEntries.CountAsync();
        var sessions = await context.UserSessions.CountAsync(s => s.EndedUtc == null);
        return string.Join("\n", users.Concat(roles).Concat(invitations).Append($"audit {audit}, live sessions {sessions}, mails {Db.Mail.Sent.Count}"));
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
