using DhrTracker.Core.Panel;
using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Reviews;

/// <summary>One statutory review of a death, owned by one partnership.</summary>
public sealed class Review : IVersioned
{
    public Guid Id { get; set; }
    public int PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }

    /// <summary>Local reference, unique within the partnership (e.g. "Northbridge DHR12").</summary>
    public string Reference { get; set; } = "";

    public DateOnly DateOfDeath { get; set; }
    public DateOnly DateNotified { get; set; }
    public ReviewStage Stage { get; set; } = ReviewStage.Notified;

    public string CreatedByUserId { get; set; } = "";
    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>Who sits on the panel; the access rule for PanelMembers reads it.</summary>
    public List<PanelMembership> Panel { get; set; } = [];
}
