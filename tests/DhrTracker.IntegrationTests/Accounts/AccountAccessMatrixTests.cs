using System.Reflection;
using DhrTracker.Core.Accounts;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Accounts;

/// <summary>
/// R2: every caller against every public method of the account services, acting on an invited
/// account of partnership A. "Allowed" succeeds (or, for a read, shows the account); "Refused" is a
/// refusal; "NotFound" means the account (or partnership) is invisible, exactly as an unknown one.
/// </summary>
public sealed class AccountAccessMatrixTests
{
    public enum Outcome { Allowed, Refused, NotFound }

    private const string Password = "a long test passphrase 1";

    public static readonly string[] Callers =
        ["SamePartnershipAdministrator", "OtherPartnershipAdministrator", "InstallationAdministrator", "Coordinator", "PanelMember", "Manager", "AgencyLead", "NoUser"];

    /// <summary>The invitation link's two methods are anonymous by design: the token is the credential, whoever (if anyone) is signed in.</summary>
    private static readonly string[] AnonymousByDesign = ["InvitationService.CheckAsync", "InvitationService.AcceptAsync"];

    private static readonly Dictionary<string, Func<Target, Task<bool>>> Operations = new()
    {
        ["AccountAdminService.ListAsync"] = async t => Shown((await t.W.Admin.ListAsync(new AccountQuery())).Any(r => r.UserId == t.UserId)),
        ["AccountAdminService.GetAsync"] = async t => Shown(await t.W.Admin.GetAsync(t.UserId) is not null),
        ["AccountAdminService.PartnershipOptionsAsync"] = async t => Shown((await t.W.Admin.PartnershipOptionsAsync()).Any(p => p.Id == t.W.PartnershipA)),
        ["AccountAdminService.ChangeAsync"] = async t => (await t.W.Admin.ChangeAsync(t.UserId, new ChangeAccountInput { Roles = [Roles.PanelMember] })).Succeeded,
        ["AccountInviteService.InviteAsync"] = async t => (await t.W.Invites.InviteAsync(
            new InviteAccountInput { Email = "another@example.org", DisplayName = "Another Person", Role = Roles.PanelMember, PartnershipId = t.W.PartnershipA },
            AccountWorld.LinkBase)).Succeeded,
        ["AccountInviteService.ResendInvitationAsync"] = async t => (await t.W.Invites.ResendInvitationAsync(t.UserId, AccountWorld.LinkBase)).Succeeded,
        ["AccountSecurityService.DisableAsync"] = async t => (await t.W.Security.DisableAsync(t.UserId)).Succeeded,
        ["AccountSecurityService.EnableAsync"] = async t => (await t.W.Security.EnableAsync(t.DisabledUserId)).Succeeded,
        ["AccountSecurityService.ResetTwoFactorAsync"] = async t => (await t.W.Security.ResetTwoFactorAsync(t.UserId)).Succeeded,
        ["AccountSecurityService.EndSessionsAsync"] = async t => (await t.W.Security.EndSessionsAsync(t.UserId)).Succeeded,
        ["InvitationService.CheckAsync"] = async t => Shown(await t.W.Invitation.CheckAsync(t.Token) is not null),
        ["InvitationService.AcceptAsync"] = async t => (await t.W.Invitation.AcceptAsync(t.Token, Password, Password)).Succeeded,
    };

    public static TheoryData<string, string, Outcome> Matrix()
    {
        var data = new TheoryData<string, string, Outcome>();
        foreach (var op in Operations.Keys)
        {
            foreach (var caller in Callers)
            {
                var administers = caller is "SamePartnershipAdministrator" or "InstallationAdministrator";
                data.Add(caller, op, administers || AnonymousByDesign.Contains(op) ? Outcome.Allowed : Outcome.NotFound);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_exactly_its_outcome(string caller, string operation, Outcome expected)
    {
        await using var w = await AccountWorld.CreateAsync(DatabaseProvider.Sqlite);
        var target = await Target.CreateAsync(w);
        w.Db.SignInAs(caller switch
        {
            "SamePartnershipAdministrator" => w.AdminA,
            "OtherPartnershipAdministrator" => w.AdminB,
            "InstallationAdministrator" => w.InstallationAdmin,
            "Coordinator" => w.Coordinator,
            "PanelMember" => await w.Db.CreateUserAsync(Roles.PanelMember, AccountWorld.A),
            "Manager" => await w.Db.CreateUserAsync(Roles.Manager, AccountWorld.A),
            "AgencyLead" => await w.Db.CreateUserAsync(Roles.AgencyLead, AccountWorld.A, agency: "Police"),
            _ => null,
        });

        Outcome actual;
        try
        {
            actual = await Operations[operation](target) ? Outcome.Allowed : Outcome.Refused;
        }
        catch (NotFoundException)
        {
            actual = Outcome.NotFound;
        }

        Assert.Equal(expected, actual);
    }

    /// <summary>A read that leaves the account out behaves as "not found", as a write would throw.</summary>
    private static bool Shown(bool shown) => shown ? true : throw new NotFoundException("The account");

    [Fact]
    public void The_matrix_covers_every_public_method_of_the_account_services()
    {
        // A new public method must be added to Operations deliberately, with the outcome each caller should get.
        var methods = new[] { typeof(AccountAdminService), typeof(AccountInviteService), typeof(AccountSecurityService), typeof(InvitationService) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => $"{t.Name}.{m.Name}"))
            .Distinct().Order().ToList();

        Assert.Equal(Operations.Keys.Order(), methods);
    }

    /// <summary>An invited account of partnership A (with its link), and a disabled one for Enable; set up by A's Administrator.</summary>
    private sealed record Target(AccountWorld W, string UserId, string Token, string DisabledUserId)
    {
        public static async Task<Target> CreateAsync(AccountWorld w)
        {
            var (userId, token) = await w.InviteAsync();
            var (disabled, _) = await w.InviteAsync(AccountWorld.NewPerson(email: "disabled.person@example.org"));
            Assert.True((await w.Security.DisableAsync(disabled)).Succeeded);
            return new Target(w, userId, token, disabled);
        }
    }
}
