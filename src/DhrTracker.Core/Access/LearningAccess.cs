using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Access;

/// <summary>
/// Who may shape a partnership's theme taxonomy and who sees learning across its reviews. Which
/// reviews' findings a user may read is still <see cref="ReviewAccess.Visible"/>: counts and drill-downs start from it.
/// </summary>
public static class LearningAccess
{
    /// <summary>Administrators keep the taxonomy (names and keywords are settings, not case content).</summary>
    public static bool CanManageThemes(CurrentUser user) => user.IsIn(Roles.Administrator) && user.PartnershipId is not null;

    /// <summary>Roles offered the themes-across-reviews view; each sees counts over the reviews visible to them.</summary>
    public static bool CanSeeThemeCounts(CurrentUser user) =>
        user.PartnershipId is not null && (user.IsIn(Roles.Coordinator) || user.IsIn(Roles.Manager) || user.IsIn(Roles.PanelMember));

    /// <summary>Coordinators and Managers count every review of the partnership; a panel member only the reviews they sit on.</summary>
    public static bool SeesPartnershipWideCounts(CurrentUser user) =>
        user.PartnershipId is not null && (user.IsIn(Roles.Coordinator) || user.IsIn(Roles.Manager));

    /// <summary>The 7-minute briefing and the board report: Coordinators and Managers of the partnership, or the dhr command.</summary>
    public static bool CanSeeBriefing(CurrentUser user, int partnershipId) =>
        user.UserId == DhrCommandIdentity.UserId ||
        (user.PartnershipId == partnershipId && (user.IsIn(Roles.Coordinator) || user.IsIn(Roles.Manager)));

    /// <summary>The board's quarterly progress report: the same people as the briefing.</summary>
    public static bool CanSeeBoardReport(CurrentUser user, int partnershipId) => CanSeeBriefing(user, partnershipId);

    /// <summary>Analytics: the roles offered theme counts, each over the reviews visible to them.</summary>
    public static bool CanSeeAnalytics(CurrentUser user) => CanSeeThemeCounts(user);

    /// <summary>
    /// National reference data is one set for the installation and holds no case content: any
    /// Administrator, or the dhr command, may load it (ADR in docs/decisions).
    /// </summary>
    public static bool CanLoadNationalData(CurrentUser user) =>
        user.UserId == DhrCommandIdentity.UserId || user.IsIn(Roles.Administrator);
}
