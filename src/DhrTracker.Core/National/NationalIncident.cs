namespace DhrTracker.Core.National;

/// <summary>
/// One incident of the Home Office DHR Library as the DHRD dataset describes it (incidents.csv). National
/// reference data, never a partnership's review: no partnership id and no case content, only the
/// Home Office's tags. A flag is null where the file left it empty (unknown), which is not the same as false.
/// </summary>
public sealed class NationalIncident
{
    public const int IdMaxLength = 40;
    public const int TextMaxLength = 200;

    /// <summary>The dataset's own key, e.g. "INC-0001".</summary>
    public string Id { get; set; } = "";
    public string Csp { get; set; } = "";
    public string Region { get; set; } = "";

    /// <summary>Year of death where the file gives one ("September 2018" or "2018").</summary>
    public int? DeathYear { get; set; }
    public bool? MultipleVictims { get; set; }
    public bool? IntimatePartnerViolence { get; set; }
    public bool? FamilialHomicide { get; set; }
    public bool? Parricide { get; set; }
    public bool? HomicideSuicide { get; set; }
    public bool? ChildrenPresent { get; set; }
    public bool? CoerciveControl { get; set; }
    public bool? EconomicAbuse { get; set; }
    public bool? PhysicalAbuse { get; set; }
    public bool? EmotionalAbuse { get; set; }
    public bool? SexualAbuse { get; set; }
    public bool? Stalking { get; set; }
    public bool? Separation { get; set; }
    public bool? HonourBasedViolence { get; set; }
    public bool? ForcedMarriage { get; set; }

    public List<NationalVictim> Victims { get; set; } = [];
    public List<NationalPerpetrator> Perpetrators { get; set; } = [];
}
