using DhrTracker.Core.Accounts;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Accounts;

/// <summary>Every refusal of an invitation names the field and the rule, and writes nothing: no account, role, invitation, audit row or email.</summary>
public sealed class InviteRefusalTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_email_address_already_in_use_is_refused_whatever_its_case(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var state = await w.StateAsync();

        var result = await w.Invites.InviteAsync(AccountWorld.NewPerson(email: "Coordinator.A@Example.org"), AccountWorld.LinkBase);

        Assert.Equal(("Email", "An account already uses this email address."), (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        Assert.Equal(state, await w.StateAsync());
    }

    [Fact]
    public async Task An_email_address_with_characters_an_account_cannot_use_is_refused_in_words()
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var state = await w.StateAsync();

        var result = await w.Invites.InviteAsync(AccountWorld.NewPerson(email: "sample'person@example.org"), AccountWorld.LinkBase);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Email", error.Field);
        Assert.StartsWith("This email address has characters an account cannot use", error.Message);
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_lead_without_an_agency_is_refused(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var state = await w.StateAsync();

        var result = await w.Invites.InviteAsync(AccountWorld.NewPerson(Roles.AgencyLead), AccountWorld.LinkBase);

        Assert.Equal(("AgencyId", AccountRoleRules.AgencyNeeded), (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_of_another_partnership_is_refused(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var input = AccountWorld.NewPerson(Roles.AgencyLead);
        input.AgencyId = await w.AgencyIdAsync(w.PartnershipB, "Police");
        var state = await w.StateAsync();

        var result = await w.Invites.InviteAsync(input, AccountWorld.LinkBase);

        Assert.Equal(("AgencyId", AccountRoleRules.AgencyNotOnRegister), (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.PanelMember)]
    [InlineData(Roles.Administrator)]
    public async Task Only_managers_and_agency_leads_have_an_agency(string role)
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var input = AccountWorld.NewPerson(role);
        input.AgencyId = await w.AgencyIdAsync(w.PartnershipA, "Police");

        var result = await w.Invites.InviteAsync(input, AccountWorld.LinkBase);

        Assert.Equal(("AgencyId", AccountRoleRules.AgencyNotAllowed), (Assert.Single(result.Errors).Field, result.Errors[0].Message));
    }

    [Fact]
    public async Task Every_broken_rule_of_the_form_is_named_at_once()
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var state = await w.StateAsync();

        var result = await w.Invites.InviteAsync(new InviteAccountInput { Email = "not an address", DisplayName = " ", Role = "Chief" }, AccountWorld.LinkBase);

        Assert.Equal(
            [("Email", "Enter an email address in the right format, like name@example.org."), ("DisplayName", "Enter the person's name as colleagues know it."), ("Role", "Choose a role.")],
            result.Errors.Select(e => (e.Field, e.Message)));
        Assert.Equal(state, await w.StateAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_installation_wide_administrator_must_choose_the_partnership(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        w.Db.SignInAs(w.InstallationAdmin);

        var refused = await w.Invites.InviteAsync(AccountWorld.NewPerson(), AccountWorld.LinkBase);
        var input = AccountWorld.NewPerson();
        input.PartnershipId = w.PartnershipB;
        var (userId, _) = await w.InviteAsync(input);

        Assert.Equal("PartnershipId", Assert.Single(refused.Errors).Field);
        Assert.Equal(w.PartnershipB, (await w.AccountAsync(userId)).PartnershipId);
    }

    [Fact]
    public async Task A_partnership_administrator_cannot_invite_into_another_partnership()
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var input = AccountWorld.NewPerson();
        input.PartnershipId = w.PartnershipB;

        await Assert.ThrowsAsync<NotFoundException>(() => w.Invites.InviteAsync(input, AccountWorld.LinkBase));

        await using var context = w.Db.NewContext();
        Assert.False(await context.Users.AnyAsync(u => u.Email == input.Email));
        Assert.Equal(Core.Audit.AuditOutcome.Denied, (await context.AuditEntries.SingleAsync(a => a.Action == AccountAuditActions.InvitationSent)).Outcome);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task If_the_email_cannot_be_sent_nothing_is_created(DatabaseProvider provider)
    {
        await using var w = await AccountWorld.CreateAsync(provider);
        var state = await w.StateAsync();
        w.Db.Mail.Broken = true;

        await Assert.ThrowsAsync<IOException>(() => w.Invites.InviteAsync(AccountWorld.NewPerson(), AccountWorld.LinkBase));

        Assert.Equal(state, await w.StateAsync());
    }

    [Fact]
    public async Task A_link_base_that_is_not_an_absolute_address_is_a_programming_error_and_creates_nothing()
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var state = await w.StateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => w.Invites.InviteAsync(AccountWorld.NewPerson(), "/relative/"));

        Assert.Equal(state, await w.StateAsync());
    }
}
