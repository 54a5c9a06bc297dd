using Microsoft.AspNetCore.Identity;

namespace DhrTracker.Core.Identity;

public sealed class AppUser : IdentityUser
{
    [PersonalData]
    public string DisplayName { get; set; } = "";

    /// <summary>The one partnership this account works for; every case rule is scoped to it.</summary>
    public int? PartnershipId { get; set; }

    /// <summary>
    /// For an AgencyLead, the agency of the partnership's register whose actions they report on;
    /// for a Manager, the agency they work for, so they cannot sign off their own agency's actions.
    /// </summary>
    public int? AgencyId { get; set; }

    /// <summary>Seeded demo account (Development only); shown as such in the UI.</summary>
    public bool IsDemo { get; set; }
}
