namespace DhrTracker.Core.People;

/// <summary>
/// The circumstances of the death, one row per review (kept apart from <see cref="Reviews.Review"/>
/// so the review's lifecycle and its case facts can be edited independently).
/// </summary>
public sealed class Circumstances : IVersioned
{
    public Guid ReviewId { get; set; }
    public CauseOfDeath CauseOfDeath { get; set; }
    public DeathLocation Location { get; set; }

    public bool CoerciveControl { get; set; }
    public bool EconomicAbuse { get; set; }
    public bool PhysicalAbuse { get; set; }
    public bool EmotionalAbuse { get; set; }
    public bool SexualAbuse { get; set; }
    public bool Stalking { get; set; }
    public bool Separation { get; set; }
    public bool HonourBasedAbuse { get; set; }
    public bool ForcedMarriage { get; set; }

    public bool HomicideSuicide { get; set; }

    /// <summary>Children under 18 living in the household; null when not yet known.</summary>
    public int? ChildrenInHousehold { get; set; }

    public bool? ChildrenPresent { get; set; }

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
