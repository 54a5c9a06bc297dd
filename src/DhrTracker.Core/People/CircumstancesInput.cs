namespace DhrTracker.Core.People;

public sealed class CircumstancesInput
{
    /// <summary>The version the user loaded; null when none was recorded yet.</summary>
    public Guid? Version { get; set; }

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
    public int? ChildrenInHousehold { get; set; }
    public bool? ChildrenPresent { get; set; }

    /// <summary>A copy of every entry (all values), for a merge to compare and settle without touching the form.</summary>
    public CircumstancesInput Copy() => (CircumstancesInput)MemberwiseClone();
}
