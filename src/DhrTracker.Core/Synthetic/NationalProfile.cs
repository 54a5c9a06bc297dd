using DhrTracker.Core.National;

namespace DhrTracker.Core.Synthetic;

/// <summary>One national incident as a pattern for a synthetic review: its flags, and its victim and perpetrator where the file has them.</summary>
internal sealed record NationalCase(NationalIncident Incident, NationalVictim? Victim, NationalPerpetrator? Perpetrator);

/// <summary>
/// The DHRD files shipped with DhrTracker, read at run time (never typed-in percentages), as the population
/// synthetic reviews are drawn from. Drawing whole incidents keeps the data's own mix and the links between its
/// tags (partner homicides are mostly of women, familial ones more often of older people). A tag the file leaves
/// unknown is drawn again from the victims where it is known, so the shares among the known stay the file's.
/// </summary>
internal sealed class NationalProfile
{
    private NationalProfile(IReadOnlyList<NationalCase> cases, IReadOnlyList<NationalVictim> victims)
    {
        Cases = cases;
        Victims = victims;
        KnownAges = victims.Where(v => v.AgeBand is not null).ToList();
        KnownRelationships = victims.Where(v => HomeOfficeWording.Relationship(v.Relationship) is not null).ToList();
    }

    public IReadOnlyList<NationalCase> Cases { get; }

    /// <summary>Every national victim (the file has a row only for single-victim incidents).</summary>
    public IReadOnlyList<NationalVictim> Victims { get; }

    public IReadOnlyList<NationalVictim> KnownAges { get; }
    public IReadOnlyList<NationalVictim> KnownRelationships { get; }

    /// <summary>The shipped copy, checked by the same reader as <c>dhr import national</c>.</summary>
    public static NationalProfile Shipped()
    {
        var rows = NationalCsv.Check(NationalDataFiles.Shipped());
        if (rows.ProblemCount > 0)
        {
            throw new InvalidOperationException($"The shipped national data has {rows.ProblemCount} problem(s); synthetic data cannot follow it.");
        }

        var victims = rows.Victims.ToDictionary(v => v.IncidentId, StringComparer.Ordinal);
        var perpetrators = rows.Perpetrators.GroupBy(p => p.IncidentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var cases = rows.Incidents
            .Select(i => new NationalCase(i, victims.GetValueOrDefault(i.Id), perpetrators.GetValueOrDefault(i.Id)))
            .ToList();
        return new NationalProfile(cases, rows.Victims);
    }
}
