using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Core.Accounts;

/// <summary>
/// One account operation in its own DI scope. Identity's <see cref="UserManager{TUser}"/> saves on
/// every call, so it and our own rows (invitations, audit) share the scope's one context inside one
/// transaction: they commit together, or a refusal or failure leaves nothing behind. The scope also
/// keeps the context per operation, never per circuit.
/// </summary>
/// <remarks>
/// Resolve the caller (<see cref="CurrentUserLoader"/>) before beginning: a new scope has no signed-in user.
/// Nothing that opens a second connection and writes (e.g. <see cref="UserSessions"/>) may run while
/// the work is open: on SQLite it would wait for this transaction's lock.
/// </remarks>
internal sealed class AccountWork : IAsyncDisposable
{
    private readonly AsyncServiceScope scope;
    private readonly IDbContextTransaction transaction;

    private AccountWork(AsyncServiceScope scope, IDbContextTransaction transaction)
    {
        this.scope = scope;
        this.transaction = transaction;
    }

    public AppDbContext Db => scope.ServiceProvider.GetRequiredService<AppDbContext>();

    public UserManager<AppUser> Users => scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

    /// <summary>The store behind <see cref="Users"/>, for what UserManager does not expose (clearing recovery codes).</summary>
    public IUserStore<AppUser> Store => scope.ServiceProvider.GetRequiredService<IUserStore<AppUser>>();

    public TimeProvider Time => scope.ServiceProvider.GetRequiredService<TimeProvider>();

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    public static async Task<AccountWork> BeginAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        var scope = scopes.CreateAsyncScope();
        var transaction = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.BeginTransactionAsync(ct);
        return new AccountWork(scope, transaction);
    }

    /// <summary>
    /// The account, tracked, if the caller may manage it. Otherwise the attempt is audited as denied
    /// (that row alone is committed) and the account is "not found", exactly as an unknown id.
    /// </summary>
    public async Task<AppUser> ManageableAsync(CurrentUser user, string userId, string action, CancellationToken ct)
    {
        var account = await Db.Users.Manageable(user).SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (account is null)
        {
            await DenyAsync(user, action, userId, ct);
        }

        return account!;
    }

    /// <summary>Audits a denied attempt, commits only that row, and throws "not found".</summary>
    public async Task DenyAsync(CurrentUser user, string action, string entityId, CancellationToken ct)
    {
        Db.ChangeTracker.Clear();
        Db.Record(Time, user, action, AccountAuditActions.Entity, entityId, AuditOutcome.Denied);
        await CommitAsync(ct);
        throw new NotFoundException("The account");
    }

    public void Audit(CurrentUser user, string action, string userId, string? detail) =>
        Db.Record(Time, user, action, AccountAuditActions.Entity, userId, detail: detail);

    /// <summary>The names of the account's roles, as stored now, in ordinal order (as <see cref="AccountChange"/> compares them).</summary>
    public async Task<List<string>> RolesOfAsync(string userId, CancellationToken ct) =>
        (await Db.UserRoles.Where(ur => ur.UserId == userId).Join(Db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Marks every open invitation of the account as revoked, so its link stops working.</summary>
    public async Task RevokeInvitationsAsync(string userId, CancellationToken ct)
    {
        var open = await Db.AccountInvitations.Where(i => i.UserId == userId && i.AcceptedUtc == null && i.RevokedUtc == null).ToListAsync(ct);
        open.ForEach(i => i.RevokedUtc = UtcNow);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await scope.DisposeAsync();
    }
}
