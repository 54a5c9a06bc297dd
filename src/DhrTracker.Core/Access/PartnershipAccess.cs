using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Access;

/// <summary>Who may read and change a partnership's settings: Administrators, for their own partnership (or any, if installation-wide).</summary>
public static class PartnershipAccess
{
    public static bool CanManageSettings(CurrentUser user, int partnershipId) =>
        user.IsIn(Roles.Administrator) && (user.PartnershipId is null || user.PartnershipId == partnershipId);
}
