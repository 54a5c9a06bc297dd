using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Access;

/// <summary>
/// Who may administer which accounts. Every account service starts from <see cref="Manageable"/>,
/// so the list, an account's page and every command agree; an account outside it is "not found".
/// </summary>
/// <remarks>
/// The caller is re-read from the database on every call (<see cref="CurrentUserLoader"/>), so a
/// removed Administrator role or a disabled account stops account changes at once.
/// </remarks>
public static class AccountAccess
{
    /// <summary>Account administration at all: Administrators only, never the case roles.</summary>
    public static bool CanAdminister(CurrentUser user) => user.IsIn(Roles.Administrator);

    /// <summary>
    /// An Administrator of a partnership manages that partnership's accounts only; an installation-wide
    /// Administrator (no partnership) manages every account, including the installation-wide ones.
    /// </summary>
    public static bool CanManage(CurrentUser user, int? accountPartnershipId) =>
        CanAdminister(user) && (user.PartnershipId is null || user.PartnershipId == accountPartnershipId);

    /// <summary>The accounts <see cref="CanManage"/> allows, as a query for lists and look-ups.</summary>
    public static IQueryable<AppUser> Manageable(this IQueryable<AppUser> users, CurrentUser user)
    {
        if (!CanAdminister(user))
        {
            return users.Where(_ => false);
        }

        return user.PartnershipId is { } partnershipId ? users.Where(u => u.PartnershipId == partnershipId) : users;
    }

    /// <summary>New accounts always join a partnership: the Administrator's own, or any for an installation-wide one.</summary>
    public static bool CanInviteInto(CurrentUser user, int partnershipId) => CanManage(user, partnershipId);

    /// <summary>
    /// R5: nobody changes their own roles or agency, disables themselves or resets their own second
    /// factor here; another Administrator must, so one stolen session cannot entrench itself.
    /// </summary>
    public static bool IsSelf(CurrentUser user, string accountId) => user.UserId == accountId;
}
