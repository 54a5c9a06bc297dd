using DhrTracker.Core.Access;

namespace DhrTracker.Core.Family;

/// <summary>
/// The review's family section, already filtered for the current user. <see cref="Restricted"/> names the facts withheld
/// (real names and contact details unless they may read them): those are null, and the screen shows "Restricted".
/// </summary>
public sealed record FamilyView(
    Guid ReviewId,
    IReadOnlyList<FamilyMemberView> Members,
    IReadOnlyList<InvolvementItem> Log,
    IReadOnlyList<InvolvementStepStatus> Steps,
    bool CanManage,
    IReadOnlyList<SensitiveFact> Restricted)
{
    public bool IsRestricted(SensitiveFact fact) => Restricted.Contains(fact);
}
