using DhrTracker.Core.Accounts;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using Microsoft.AspNetCore.Identity;

namespace DhrTracker.IntegrationTests.Accounts;

/// <summary>Disable, enable, two-factor reset and ending sessions: R6 and R11.</summary>
public sealed class AccountSecurityTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Disabling_ends_the_persons_sessions_renews_the_stamp_and_is_audited(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var sessions = w.Db.Get<UserSessions>();
        var session = await sessions.StartAsync(w.Coordinator, "192.0.2.10");
        var stamp = (await w.AccountAsync(w.Coordinator)).SecurityStamp;

        var result = await w.Security.DisableAsync(w.Coordinator);

        Assert.Equal(1, result.Value);
        Assert.Equal(UserSessions.Disabled, await sessions.CheckAsync(session, w.Coordinator, activity: true));
        var account = await w.AccountAsync(w.Coordinator);
        Assert.Equal(TestDatabase.Now.UtcDateTime, account.DisabledUtc);
        Assert.NotEqual(stamp, account.SecurityStamp);
        var row = Assert.Single(await w.AuditOfAsync(w.Coordinator));
        Assert.Equal((AccountAuditActions.AccountDisabled, w.AdminA, AuditOutcome.Succeeded), (row.Action, row.UserId, row.Outcome));
        Assert.Equal(AccountStatus.Disabled, (await w.Admin.GetAsync(w.Coordinator))!.Row.Status);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_disabled_persons_service_calls_are_denied_at_once(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        w.Db.SignInAs(w.Coordinator);
        var reviews = w.Db.Get<ReviewService>();
        var created = await reviews.CreateAsync(new NewReviewInput { Reference = "A DHR1", DateOfDeath = new(2026, 11, 1), DateNotified = new(2026, 11, 2) });
        Assert.NotNull(await reviews.GetAsync(created.Value));

        w.Db.SignInAs(w.AdminA);
        Assert.True((await w.Security.DisableAsync(w.Coordinator)).Succeeded);
        w.Db.SignInAs(w.Coordinator);

        Assert.Null(await reviews.GetAsync(created.Value));
        Assert.False((await reviews.CreateAsync(new NewReviewInput { Reference = "A DHR2", DateOfDeath = new(2026, 11, 1), DateNotified = new(2026, 11, 2) })).Succeeded);
        Assert.False((await w.Db.Get<CurrentUserLoader>().GetAsync()).IsAuthenticated);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_locked_out_person_keeps_their_session_and_access(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var session = await w.Db.Get<UserSessions>().StartAsync(w.Coordinator, null);
        await using (var context = w.Db.NewContext())
        {
            await context.Users.Where(u => u.Id == w.Coordinator)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, TestDatabase.Now.AddMinutes(15)));
        }

        Assert.Equal(AccountStatus.Locked, (await w.Admin.GetAsync(w.Coordinator))!.Row.Status);
        w.Db.SignInAs(w.Coordinator);
        Assert.True((await w.Db.Get<ReviewService>().CreateAsync(new NewReviewInput { Reference = "A DHR1", DateOfDeath = new(2026, 11, 1), DateNotified = new(2026, 11, 2) })).Succeeded);
        Assert.Null(await w.Db.Get<UserSessions>().CheckAsync(session, w.Coordinator, activity: true));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Enabling_lets_the_person_back_in(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        Assert.True((await w.Security.DisableAsync(w.Coordinator)).Succeeded);

        var result = await w.Security.EnableAsync(w.Coordinator);

        Assert.True(result.Succeeded);
        Assert.Null((await w.AccountAsync(w.Coordinator)).DisabledUtc);
        Assert.Equal([AccountAuditActions.AccountDisabled, AccountAuditActions.AccountEnabled], (await w.AuditOfAsync(w.Coordinator)).Select(r => r.Action));
        w.Db.SignInAs(w.Coordinator);
        Assert.True((await w.Db.Get<CurrentUserLoader>().GetAsync()).IsAuthenticated);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Disabling_revokes_an_open_invitation(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var (userId, token) = await w.InviteAsync();

        Assert.True((await w.Security.DisableAsync(userId)).Succeeded);

        await using var context = w.Db.NewContext();
        Assert.NotNull((await context.AccountInvitations.SingleAsync(i => i.UserId == userId)).RevokedUtc);
        Assert.Null(await w.Invitation.CheckAsync(token));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_administrator_cannot_disable_themselves(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        await w.Db.CreateUserAsync(Roles.Administrator, AccountWorld.A);
        var state = await w.StateAsync();

        var result = await w.Security.DisableAsync(w.AdminA);

        Assert.Equal("You cannot disable your own account: ask another Administrator.", Assert.Single(result.Errors).Message);
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_last_active_administrator_of_a_partnership_cannot_be_disabled(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        w.Db.SignInAs(w.InstallationAdmin);
        var state = await w.StateAsync();

        var result = await w.Security.DisableAsync(w.AdminA);

        Assert.Contains("last active Administrator", Assert.Single(result.Errors).Message);
        Assert.Equal(state, await w.StateAsync());

        // A second Administrator who has not set up their account yet does not count; one who has, does.
        var (invited, token) = await w.InviteAsync(new InviteAccountInput { Email = "second.admin@example.org", DisplayName = "Second Admin", Role = Roles.Administrator, PartnershipId = w.PartnershipA });
        Assert.False((await w.Security.DisableAsync(w.AdminA)).Succeeded);
        Assert.True((await w.Invitation.AcceptAsync(token, "a long test passphrase 1", "a long test passphrase 1")).Succeeded);
        Assert.True((await w.Security.DisableAsync(w.AdminA)).Succeeded);
        Assert.False((await w.Security.DisableAsync(invited)).Succeeded);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_last_active_installation_wide_administrator_cannot_be_disabled(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var second = await w.Db.CreateUserAsync(Roles.Administrator, null);
        w.Db.SignInAs(second);
        Assert.True((await w.Security.DisableAsync(w.InstallationAdmin)).Succeeded);

        // Only the dhr command can still act on the last one, and the same rule holds for it.
        var asCommand = new AccountSecurityService(w.Db.Get<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>(),
            new CurrentUserLoader(new DhrCommandIdentity(), w.Db.DbFactory, new DhrTracker.Core.Audit.RequestOrigin()), w.Db.Get<UserSessions>());
        var state = await w.StateAsync();

        var refused = await asCommand.DisableAsync(second);

        Assert.Contains("last active Administrator", Assert.Single(refused.Errors).Message);
        Assert.Equal(state, await w.StateAsync());
        Assert.True((await asCommand.EnableAsync(w.InstallationAdmin)).Succeeded);
        var row = (await w.AuditOfAsync(w.InstallationAdmin)).Last();
        Assert.Equal((AccountAuditActions.AccountEnabled, DhrCommandIdentity.UserId, "Administrator"), (row.Action, row.UserId, row.Roles));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Resetting_two_factor_removes_the_authenticator_and_recovery_codes_and_ends_sessions(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var users = w.Db.Get<UserManager<AppUser>>();
        var person = await users.FindByIdAsync(w.Coordinator);
        await users.ResetAuthenticatorKeyAsync(person!);
        await users.SetTwoFactorEnabledAsync(person!, true);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(person!, 10);
        await using (var context = w.Db.NewContext())
        {
            await context.Users.Where(u => u.Id == w.Coordinator).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastTotpTimeStep, 123456L));
        }

        var session = await w.Db.Get<UserSessions>().StartAsync(w.Coordinator, null);

        var result = await w.Security.ResetTwoFactorAsync(w.Coordinator);

        Assert.Equal(1, result.Value);
        var fresh = w.Db.Get<UserManager<AppUser>>();
        var after = (await fresh.FindByIdAsync(w.Coordinator))!;
        Assert.False(after.TwoFactorEnabled);
        Assert.Null(after.LastTotpTimeStep);
        Assert.Equal(0, await fresh.CountRecoveryCodesAsync(after));
        Assert.Null(await fresh.GetAuthenticatorKeyAsync(after));
        Assert.Equal(AccountSecurityService.EndedByAdministrator, await w.Db.Get<UserSessions>().CheckAsync(session, w.Coordinator, activity: false));
        Assert.Equal(AccountAuditActions.TwoFactorReset, Assert.Single(await w.AuditOfAsync(w.Coordinator)).Action);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Ending_sessions_ends_every_live_one_and_audits_how_many(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var sessions = w.Db.Get<UserSessions>();
        var first = await sessions.StartAsync(w.Coordinator, null);
        var second = await sessions.StartAsync(w.Coordinator, null);
        await sessions.EndAsync(first, UserSessions.SignedOut);
        var others = await sessions.StartAsync(w.AdminA, null);
        var stamp = (await w.AccountAsync(w.Coordinator)).SecurityStamp;

        var result = await w.Security.EndSessionsAsync(w.Coordinator);

        Assert.Equal(1, result.Value);
        Assert.Equal(AccountSecurityService.EndedByAdministrator, await sessions.CheckAsync(second, w.Coordinator, activity: false));
        Assert.Equal(UserSessions.SignedOut, await sessions.CheckAsync(first, w.Coordinator, activity: false));
        Assert.Null(await sessions.CheckAsync(others, w.AdminA, activity: false));
        Assert.NotEqual(stamp, (await w.AccountAsync(w.Coordinator)).SecurityStamp);
        var row = Assert.Single(await w.AuditOfAsync(w.Coordinator));
        Assert.Equal((AccountAuditActions.SessionsEnded, "1 live session(s) ended"), (row.Action, row.Detail));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_list_filters_by_search_status_and_role_and_shows_status_in_words(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var (invited, _) = await w.InviteAsync();
        await w.Db.Get<UserSessions>().StartAsync(w.Coordinator, null);

        var all = await w.Admin.ListAsync(new AccountQuery());
        var coordinators = await w.Admin.ListAsync(new AccountQuery(Role: Roles.Coordinator));
        var invitedOnly = await w.Admin.ListAsync(new AccountQuery(Status: AccountStatus.Invited));
        var search = await w.Admin.ListAsync(new AccountQuery(Search: "COORDINATOR.A"));

        Assert.Equal(3, all.Count); // A's Administrator, A's Coordinator, the invited person: nobody of B or installation-wide
        Assert.Equal(new[] { w.Coordinator, invited }.Order(), coordinators.Select(r => r.UserId).Order());
        Assert.Equal([invited], invitedOnly.Select(r => r.UserId));
        var row = Assert.Single(search);
        Assert.Equal((w.Coordinator, AccountStatus.Active, "Partnership A", TestDatabase.Now.UtcDateTime), (row.UserId, row.Status, row.PartnershipName!, row.LastSignInUtc!.Value));
        Assert.Equal("Invited", AccountLabels.Status(invitedOnly[0].Status));
    }
}
