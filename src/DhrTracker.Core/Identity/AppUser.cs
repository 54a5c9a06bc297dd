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

    /// <summary>
    /// Set by an Administrator: no sign-in, and every live session and circuit ends. Unlike a
    /// lockout (someone typing wrong passwords), which only blocks new sign-ins.
    /// </summary>
    public DateTime? DisabledUtc { get; set; }

    /// <summary>When the account last completed a full sign-in (both factors where required).</summary>
    public DateTime? LastSignInUtc { get; set; }

    /// <summary>Kept off panel seats even though the role would allow one (e.g. a conflict of interest).</summary>
    public bool ExcludedFromPanels { get; set; }

    /// <summary>The newest authenticator time step accepted, so a code is accepted once (ASVS 6.5.1).</summary>
    public long? LastTotpTimeStep { get; set; }
}
