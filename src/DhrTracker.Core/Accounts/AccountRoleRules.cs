using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Accounts;

/// <summary>
/// Which roles go with an agency, asked by the validators, the services and the forms alike. An
/// Agency lead reports for one agency; a Manager may belong to one (so they cannot sign off their
/// own agency's actions); nobody else has one.
/// </summary>
public static class AccountRoleRules
{
    public const string AgencyNeeded = "An Agency lead must have an agency: choose one from the partnership's register.";
    public const string AgencyNotAllowed = "Only a Manager or an Agency lead belongs to an agency: leave the agency empty for this role.";
    public const string AgencyNotOnRegister = "Choose an agency from the partnership's register.";
    public const string AgencyLeadAlone = "An Agency lead cannot hold another role: they must see only their agency's actions.";

    public static bool NeedsAgency(IEnumerable<string> roles) => roles.Contains(Roles.AgencyLead);

    public static bool AllowsAgency(IEnumerable<string> roles) => roles.Any(r => r is Roles.AgencyLead or Roles.Manager);
}
