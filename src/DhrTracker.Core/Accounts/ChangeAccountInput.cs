namespace DhrTracker.Core.Accounts;

/// <summary>What an Administrator may change on an existing account: roles, agency and panel eligibility.</summary>
public sealed class ChangeAccountInput
{
    public List<string> Roles { get; set; } = [];
    public int? AgencyId { get; set; }
    public bool PanelEligible { get; set; } = true;

    public static ChangeAccountInput From(AccountDetail account) => new()
    {
        Roles = [.. account.Row.Roles],
        AgencyId = account.AgencyId,
        PanelEligible = account.PanelEligible,
    };
}
