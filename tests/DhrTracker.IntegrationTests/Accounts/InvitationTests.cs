using DhrTracker.Core.Accounts;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Accounts;

/// <summary>Item 5: accounts are invited by an Administrator and set up by the person through a single-use link.</summary>
public sealed class InvitationTests
{
    private const string Password = "a long test passphrase 1";

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Inviting_creates_an_account_without_a_password_with_its_role_a_hashed_invitation_an_email_and_one_audit_row(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var input = AccountWorld.NewPerson(Roles.Manager);
        input.AgencyId = await w.AgencyIdAsync(w.PartnershipA, "Police");
        input.PanelEligible = false;

        var (userId, token) = await w.InviteAsync(input);

        var account = await w.AccountAsync(userId);
        Assert.Equal(("new.person@example.org", "Sample Person", w.PartnershipA, input.AgencyId, true, (string?)null),
            (account.Email, account.DisplayName, account.PartnershipId, account.AgencyId, account.ExcludedFromPanels, account.PasswordHash));
        Assert.NotNull(account.SecurityStamp);
        Assert.Equal("NEW.PERSON@EXAMPLE.ORG", account.NormalizedEmail);
        Assert.Equal([Roles.Manager], await w.RolesOfAsync(userId));
        await using var context = w.Db.NewContext();
        var invitation = await context.AccountInvitations.SingleAsync(i => i.UserId == userId);
        Assert.Equal((InvitationTokens.Hash(token), w.AdminA, TestDatabase.Now.UtcDateTime.AddHours(72)),
            (invitation.TokenHash, invitation.InvitedByUserId, invitation.ExpiresUtc));
        Assert.Equal(43, token.Length); // 32 random bytes, base64url

        var mail = Assert.Single(w.Db.Mail.Sent);
        Assert.Equal("new.person@example.org", mail.To);
        Assert.Contains($"{AccountWorld.LinkBase}Account/AcceptInvitation?token={token}", mail.Body, StringComparison.Ordinal);
        Assert.Contains("29 Nov 2026 10:00", mail.Body, StringComparison.Ordinal);

        var row = Assert.Single(await w.AuditOfAsync(userId));
        Assert.Equal((AccountAuditActions.InvitationSent, w.AdminA, AuditOutcome.Succeeded), (row.Action, row.UserId, row.Outcome));
        Assert.Equal("New account: role Manager; agency Police; panel eligible no; link valid until 29 Nov 2026 10:00", row.Detail);
        Assert.Equal(AccountStatus.Invited, (await w.Admin.GetAsync(userId))!.Row.Status);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Accepting_sets_the_password_uses_the_link_up_and_is_audited(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var (userId, token) = await w.InviteAsync();
        w.Db.SignInAs(null);

        Assert.Equal(new InvitationCheck("new.person@example.org", "Sample Person"), await w.Invitation.CheckAsync(token));
        var accepted = await w.Invitation.AcceptAsync(token, Password, Password);

        Assert.Equal(userId, accepted.Value);
        var account = await w.AccountAsync(userId);
        Assert.True(account.EmailConfirmed);
        Assert.True(await w.Db.Get<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().CheckPasswordAsync(account, Password));
        var row = (await w.AuditOfAsync(userId)).Last();
        Assert.Equal((AccountAuditActions.InvitationAccepted, userId, AuditOutcome.Succeeded), (row.Action, row.UserId, row.Outcome));
        w.Db.SignInAs(w.AdminA);
        Assert.Equal(AccountStatus.Active, (await w.Admin.GetAsync(userId))!.Row.Status);
        Assert.Null((await w.Admin.GetAsync(userId))!.InvitationExpiresUtc);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_link_works_once(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var (_, token) = await w.InviteAsync();
        Assert.True((await w.Invitation.AcceptAsync(token, Password, Password)).Succeeded);

        var again = await w.Invitation.AcceptAsync(token, "another long passphrase", "another long passphrase");

        Assert.Equal(("Token", InvitationService.LinkNotValid), (Assert.Single(again.Errors).Field, again.Errors[0].Message));
        Assert.Null(await w.Invitation.CheckAsync(token));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_link_is_valid_for_72_hours_and_not_a_minute_more(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var (_, token) = await w.InviteAsync();

        w.Db.Time.Advance(TimeSpan.FromHours(72) - TimeSpan.FromMinutes(1));
        Assert.NotNull(await w.Invitation.CheckAsync(token));
        w.Db.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await w.Invitation.CheckAsync(token));
        var state = await w.StateAsync();

        var late = await w.Invitation.AcceptAsync(token, Password, Password);

        Assert.Equal(InvitationService.LinkNotValid, Assert.Single(late.Errors).Message);
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Resending_revokes_the_old_link_and_sends_a_new_one(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var (userId, first) = await w.InviteAsync();
        w.Db.Time.Advance(TimeSpan.FromHours(48));

        var resent = await w.Invites.ResendInvitationAsync(userId, AccountWorld.LinkBase);

        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0), resent.Value);
        var second = w.Db.Mail.LastTokenFor("new.person@example.org");
        Assert.NotEqual(first, second);
        Assert.Null(await w.Invitation.CheckAsync(first));
        Assert.Equal(InvitationService.LinkNotValid, Assert.Single((await w.Invitation.AcceptAsync(first, Password, Password)).Errors).Message);
        Assert.True((await w.Invitation.AcceptAsync(second, Password, Password)).Succeeded);
        var rows = await w.AuditOfAsync(userId);
        Assert.Equal([AccountAuditActions.InvitationSent, AccountAuditActions.InvitationSent, AccountAuditActions.InvitationAccepted], rows.Select(r => r.Action));
        Assert.StartsWith("Invitation sent again; earlier links revoked", rows[1].Detail);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Resending_to_an_account_already_set_up_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var state = await w.StateAsync();

        var result = await w.Invites.ResendInvitationAsync(w.Coordinator, AccountWorld.LinkBase);

        Assert.Contains("already been set up", Assert.Single(result.Errors).Message);
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_disabled_account_cannot_accept_its_invitation(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var (userId, token) = await w.InviteAsync();
        Assert.True((await w.Security.DisableAsync(userId)).Succeeded);
        Assert.True((await w.Security.EnableAsync(userId)).Succeeded); // enabling does not revive the revoked link

        Assert.Null(await w.Invitation.CheckAsync(token));
        var result = await w.Invitation.AcceptAsync(token, Password, Password);

        Assert.Equal(InvitationService.LinkNotValid, Assert.Single(result.Errors).Message);
        Assert.Null((await w.AccountAsync(userId)).PasswordHash);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_disabled_account_cannot_accept_even_an_unrevoked_link(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var (userId, token) = await w.InviteAsync();
        await using (var context = w.Db.NewContext())
        {
            await context.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisabledUtc, TestDatabase.Now.UtcDateTime));
        }

        Assert.Equal(InvitationService.LinkNotValid, Assert.Single((await w.Invitation.AcceptAsync(token, Password, Password)).Errors).Message);
    }

    [Theory]
    [InlineData("shortphrase", "Password", "at least 12 characters")]
    [InlineData("password1234", "Password", "too common")]
    [InlineData("a long test passphrase 1|a different one entirely", "ConfirmPassword", "do not match")]
    [InlineData("", "Password", "Enter a password.")]
    public async Task A_weak_or_mistyped_password_is_refused_and_the_link_still_works(string passwords, string field, string message)
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var (_, token) = await w.InviteAsync();
        var state = await w.StateAsync();
        var parts = passwords.Split('|');

        var result = await w.Invitation.AcceptAsync(token, parts[0], parts.Length > 1 ? parts[1] : parts[0]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        Assert.Equal(state, await w.StateAsync());
        Assert.NotNull(await w.Invitation.CheckAsync(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("an-overlong-token-an-overlong-token-an-overlong-token-an-overlong-token")]
    public async Task Unknown_tokens_get_the_one_plain_message(string? token)
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        await w.InviteAsync();

        Assert.Null(await w.Invitation.CheckAsync(token));
        Assert.Equal(("Token", InvitationService.LinkNotValid), Only(await w.Invitation.AcceptAsync(token, Password, Password)));
    }

    private static (string, string) Only(Result<string> result) => (Assert.Single(result.Errors).Field, result.Errors[0].Message);
}
