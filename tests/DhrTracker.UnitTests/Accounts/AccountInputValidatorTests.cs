using DhrTracker.Core.Accounts;
using DhrTracker.Core.Identity;

namespace DhrTracker.UnitTests.Accounts;

public sealed class AccountInputValidatorTests
{
    private readonly InviteAccountInputValidator invite = new();
    private readonly ChangeAccountInputValidator change = new();

    [Theory]
    [InlineData(Roles.AgencyLead, 3, true)]
    [InlineData(Roles.AgencyLead, null, false)]
    [InlineData(Roles.Manager, 3, true)]
    [InlineData(Roles.Manager, null, true)]
    [InlineData(Roles.Coordinator, 3, false)]
    [InlineData(Roles.PanelMember, 3, false)]
    [InlineData(Roles.Administrator, 3, false)]
    [InlineData(Roles.Administrator, null, true)]
    public void An_agency_goes_with_an_agency_lead_always_and_a_manager_optionally(string role, int? agencyId, bool valid)
    {
        var input = new InviteAccountInput { Email = "sample@example.org", DisplayName = "Sample Person", Role = role, AgencyId = agencyId };

        Assert.Equal(valid, invite.Validate(input).IsValid);
        Assert.Equal(valid, change.Validate(new ChangeAccountInput { Roles = [role], AgencyId = agencyId }).IsValid);
    }

    [Fact]
    public void An_agency_lead_holds_no_other_role_and_someone_holds_at_least_one()
    {
        Assert.Equal(AccountRoleRules.AgencyLeadAlone,
            Assert.Single(change.Validate(new ChangeAccountInput { Roles = [Roles.AgencyLead, Roles.Manager], AgencyId = 3 }).Errors).ErrorMessage);
        Assert.Equal("Choose at least one role.", Assert.Single(change.Validate(new ChangeAccountInput()).Errors).ErrorMessage);
        Assert.Equal("Choose roles from the list.", Assert.Single(change.Validate(new ChangeAccountInput { Roles = ["Chief"] }).Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("", "Enter the person's work email address.")]
    [InlineData("no-at-sign", "Enter an email address in the right format, like name@example.org.")]
    public void A_missing_or_malformed_email_is_refused_in_plain_english(string email, string message)
    {
        var errors = invite.Validate(new InviteAccountInput { Email = email, DisplayName = "Sample Person", Role = Roles.Coordinator }).Errors;

        Assert.Equal((nameof(InviteAccountInput.Email), message), (errors[0].PropertyName, errors[0].ErrorMessage));
    }

    [Fact]
    public void Status_is_disabled_before_locked_before_invited()
    {
        var now = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
        var locked = now.AddMinutes(15);

        Assert.Equal(AccountStatus.Disabled, AccountLabels.StatusOf(now.UtcDateTime, locked, hasPassword: false, now));
        Assert.Equal(AccountStatus.Locked, AccountLabels.StatusOf(null, locked, hasPassword: false, now));
        Assert.Equal(AccountStatus.Invited, AccountLabels.StatusOf(null, now, hasPassword: false, now));
        Assert.Equal(AccountStatus.Active, AccountLabels.StatusOf(null, now.AddMinutes(-1), hasPassword: true, now));
    }

    [Fact]
    public void An_invitation_token_is_256_random_bits_stored_only_as_its_hash_and_linked_from_the_app_address()
    {
        var token = InvitationTokens.NewToken();

        Assert.Equal(43, token.Length);
        Assert.NotEqual(token, InvitationTokens.NewToken());
        Assert.Matches("^[0-9a-f]{64}$", InvitationTokens.Hash(token));
        Assert.Equal($"https://dhr.example.org/app/Account/AcceptInvitation?token={token}", InvitationTokens.Link("https://dhr.example.org/app/", token));
        Assert.Throws<ArgumentException>(() => InvitationTokens.Link("javascript:alert(1)", token));
    }
}
