namespace DhrTracker.Core.Accounts;

/// <summary>A new account as an Administrator invites it: one role; the person sets their own password.</summary>
public sealed class InviteAccountInput
{
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";

    /// <summary>Chosen by an installation-wide Administrator; a partnership's Administrator invites into their own.</summary>
    public int? PartnershipId { get; set; }

    public int? AgencyId { get; set; }
    public bool PanelEligible { get; set; } = true;
}
