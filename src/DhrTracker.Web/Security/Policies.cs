using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace DhrTracker.Web.Security;

/// <summary>
/// Page-level gates. They only decide what the UI offers: every service re-checks access for the
/// record in hand, because every Blazor event handler is a public endpoint.
/// </summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);

    /// <summary>Signed in with the password only, not yet enrolled: the one page such a session may reach.</summary>
    public const string Enrolment = nameof(Enrolment);
    public const string CaseReader = nameof(CaseReader);
    public const string Dashboard = nameof(Dashboard);
    public const string Coordinator = nameof(Coordinator);
    public const string ActionPlans = nameof(ActionPlans);
    public const string MyActions = nameof(MyActions);
    public const string ActionWork = nameof(ActionWork);
    public const string Learning = nameof(Learning);
    public const string Briefing = nameof(Briefing);
    public const string Administration = nameof(Administration);
    public const string AgencyRequests = nameof(AgencyRequests);

    public static readonly IReadOnlyDictionary<string, string[]> RolesFor = new Dictionary<string, string[]>
    {
        [CaseReader] = [Roles.Coordinator, Roles.PanelMember, Roles.Manager],
        // The partnership's deadlines at a glance; panel members land on their own reviews instead (LandingPage).
        [Dashboard] = [Roles.Coordinator, Roles.Manager],
        [Coordinator] = [Roles.Coordinator],
        // The partnership-wide dashboard; an AgencyLead has their own workspace instead (no case content).
        [ActionPlans] = [Roles.Coordinator, Roles.Manager],
        [MyActions] = [Roles.AgencyLead],
        // One action's page and its evidence: the service decides which actions each of them may see.
        [ActionWork] = [Roles.Coordinator, Roles.Manager, Roles.AgencyLead],
        [Learning] = [Roles.Coordinator, Roles.PanelMember, Roles.Manager],
        // The 7-minute briefing covers every review of the partnership: BriefingService decides again (LearningAccess.CanSeeBriefing).
        [Briefing] = [Roles.Coordinator, Roles.Manager],
        [Administration] = [Roles.Administrator],
        // Outstanding agency requests across the partnership's reviews: AgencyRequestService decides again (ReviewAccess.CanSeeAgencyRequests).
        [AgencyRequests] = [Roles.Coordinator, Roles.Manager],
    };

    public static void Register(AuthorizationOptions options, bool requireMfa)
    {
        var signedIn = SignedInPolicy(requireMfa);
        options.FallbackPolicy = signedIn;
        options.AddPolicy(SignedIn, signedIn);
        options.AddPolicy(Enrolment, p => p.RequireAuthenticatedUser());
        foreach (var (name, roles) in RolesFor)
        {
            options.AddPolicy(name, p => p.Combine(signedIn).RequireRole(roles));
        }
    }

    /// <summary>Deny by default: a signed-in user, who has completed MFA where MFA is required.</summary>
    private static AuthorizationPolicy SignedInPolicy(bool requireMfa)
    {
        var builder = new AuthorizationPolicyBuilder().RequireAuthenticatedUser();
        if (requireMfa)
        {
            builder.RequireClaim("amr", "mfa");
        }

        return builder.Build();
    }
}
