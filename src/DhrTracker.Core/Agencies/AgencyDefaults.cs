using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Agencies;

/// <summary>The agencies a DHR usually hears from (DHR-PRIMER section 4): every new partnership starts with them.</summary>
public static class AgencyDefaults
{
    public static readonly IReadOnlyList<string> Names =
    [
        "Police",
        "Ambulance service",
        "GP",
        "Acute hospital / emergency department",
        "Maternity and health visiting",
        "Mental health trust",
        "Drug and alcohol services",
        "Adult social care",
        "Children's social care",
        "Education",
        "Housing",
        "Probation",
        "Prisons",
        "IDVA / specialist domestic abuse service",
        "MARAC",
        "MAPPA",
        "DWP",
        "Fire and rescue service",
        "Employer",
        "Faith and community groups",
    ];

    /// <summary>Agencies for a partnership being created, saved with it in the same transaction.</summary>
    public static IEnumerable<Agency> For(Partnership partnership) =>
        Names.Select(n => new Agency { Name = n, IsActive = true, Partnership = partnership });
}
