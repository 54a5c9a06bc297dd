using DhrTracker.Core.Data;
using DhrTracker.Core.People;

namespace DhrTracker.Core.National;

/// <summary>
/// The national picture and the partnership beside it, for the briefing and the analytics. Static and
/// unguarded on purpose: the caller has already decided which reviews the user may count and passes
/// them in; the national side is installation-wide reference data with no case content.
/// Every count is aggregated in the database; what comes back is a handful of numbers per group.
/// </summary>
public static class NationalComparison
{
    public const string CategoryGroup = "Category";
    public const string AbuseGroup = "Abuse";
    public const string SexGroup = "Victim sex";
    public const string AgeGroup = "Victim age band";

    /// <summary>The age bands a victim can be in (a DHR covers deaths at 16 or over), youngest first.</summary>
    public static readonly IReadOnlyList<AgeBand> VictimAgeBands =
        Enum.GetValues<AgeBand>().Where(b => b != AgeBand.Under16).ToList();

    /// <summary>The sexes compared: "not known" is left out of the base on both sides.</summary>
    public static readonly IReadOnlyList<Sex> ComparedSexes = [Sex.Female, Sex.Male, Sex.Other];

    /// <summary>The loaded national data's headline percentages, or null when none is loaded.</summary>
    public static async Task<NationalSummary?> SummaryAsync(AppDbContext db, CancellationToken ct = default)
    {
        var n = await NationalFlagsAsync(db, ct);
        if (n is null)
        {
            return null;
        }

        return new NationalSummary(n.Incidents,
            new Share(n.Ipv, n.IpvKnown).Percent,
            new Share(n.Familial, n.FamilialKnown).Percent,
            new Share(n.Children, n.ChildrenKnown).Percent,
            new Share(n.Coercive, n.CoerciveKnown).Percent);
    }

    /// <summary>These reviews beside the national data: category, abuse flags, victim sex and age band, with each base.</summary>
    public static async Task<ComparisonTable> CompareAsync(AppDbContext db, IQueryable<Guid> reviewIds, CancellationToken ct = default)
    {
        var national = await NationalFlagsAsync(db, ct);
        var rows = new List<ComparisonRow>();
        rows.AddRange(await CategoryRowsAsync(db, reviewIds, national, ct));
        rows.AddRange(await AbuseRowsAsync(db, reviewIds, national, ct));
        rows.AddRange(await SexRowsAsync(db, reviewIds, national is not null, ct));
        rows.AddRange(await AgeRowsAsync(db, reviewIds, national is not null, ct));
        return new ComparisonTable(rows, national is not null);
    }

    private static async Task<List<ComparisonRow>> CategoryRowsAsync(
        AppDbContext db, IQueryable<Guid> reviewIds, NationalFlags? n, CancellationToken ct)
    {
        // At most one row per review and relationship kind: the category rule needs the set of kinds per review.
        var kinds = await db.Relationships.AsNoTracking().Where(r => reviewIds.Contains(r.ReviewId))
            .Select(r => new { r.ReviewId, r.Kind }).Distinct().ToListAsync(ct);
        var categories = kinds.GroupBy(k => k.ReviewId)
            .Select(g => ReviewCategoryRules.Classify(g.Select(k => k.Kind), anyVictimDiedBySuicide: false).Category)
            .Where(c => c is not null).Select(c => c!.Value).ToList();
        var known = categories.Count;
        Share Local(ReviewCategory c) => new(categories.Count(x => x == c), known);

        return
        [
            new(CategoryGroup, "Partner", Local(ReviewCategory.Partner), n is null ? null : new Share(n.Ipv, n.IpvKnown)),
            new(CategoryGroup, "Familial", Local(ReviewCategory.Familial), n is null ? null : new Share(n.Familial, n.FamilialKnown)),

            // The national data has no household flag: an incident neither partner nor familial is not
            // necessarily a household one (the flags overlap and can be unknown), so nothing is invented.
            new(CategoryGroup, "Household", Local(ReviewCategory.Household), null),

            // Likewise "other" (only non-relatives outside the household, ADR 0365): no national flag to compare with.
            new(CategoryGroup, "Other", Local(ReviewCategory.Other), null),
        ];
    }

    private static async Task<List<ComparisonRow>> AbuseRowsAsync(
        AppDbContext db, IQueryable<Guid> reviewIds, NationalFlags? n, CancellationToken ct)
    {
        var local = await db.Circumstances.AsNoTracking().Where(c => reviewIds.Contains(c.ReviewId))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Reviews = g.Count(),
                Coercive = g.Count(c => c.CoerciveControl),
                Economic = g.Count(c => c.EconomicAbuse),
                Physical = g.Count(c => c.PhysicalAbuse),
                Emotional = g.Count(c => c.EmotionalAbuse),
                Sexual = g.Count(c => c.SexualAbuse),
                Stalking = g.Count(c => c.Stalking),
                Separation = g.Count(c => c.Separation),
                Honour = g.Count(c => c.HonourBasedAbuse),
                Forced = g.Count(c => c.ForcedMarriage),
                HomicideSuicide = g.Count(c => c.HomicideSuicide),
                Children = g.Count(c => c.ChildrenPresent == true),
                ChildrenKnown = g.Count(c => c.ChildrenPresent != null),
            })
            .FirstOrDefaultAsync(ct);
        var reviews = local?.Reviews ?? 0;
        Share L(int? count) => new(count ?? 0, reviews);

        return
        [
            new(AbuseGroup, "Coercive control", L(local?.Coercive), n?.ShareOf(x => (x.Coercive, x.CoerciveKnown))),
            new(AbuseGroup, "Economic abuse", L(local?.Economic), n?.ShareOf(x => (x.Economic, x.EconomicKnown))),
            new(AbuseGroup, "Physical abuse", L(local?.Physical), n?.ShareOf(x => (x.Physical, x.PhysicalKnown))),
            new(AbuseGroup, "Emotional abuse", L(local?.Emotional), n?.ShareOf(x => (x.Emotional, x.EmotionalKnown))),
            new(AbuseGroup, "Sexual abuse", L(local?.Sexual), n?.ShareOf(x => (x.Sexual, x.SexualKnown))),
            new(AbuseGroup, "Stalking", L(local?.Stalking), n?.ShareOf(x => (x.Stalking, x.StalkingKnown))),
            new(AbuseGroup, "Separation", L(local?.Separation), n?.ShareOf(x => (x.Separation, x.SeparationKnown))),
            new(AbuseGroup, "Honour-based abuse", L(local?.Honour), n?.ShareOf(x => (x.Honour, x.HonourKnown))),
            new(AbuseGroup, "Forced marriage", L(local?.Forced), n?.ShareOf(x => (x.Forced, x.ForcedKnown))),
            new(AbuseGroup, "Homicide-suicide", L(local?.HomicideSuicide), n?.ShareOf(x => (x.HomicideSuicide, x.HomicideSuicideKnown))),

            // Children present is the one local flag that can be unknown: its base is the reviews where it is known, as nationally.
            new(AbuseGroup, "Children present", new Share(local?.Children ?? 0, local?.ChildrenKnown ?? 0),
                n?.ShareOf(x => (x.Children, x.ChildrenKnown))),
        ];
    }

    private static async Task<List<ComparisonRow>> SexRowsAsync(
        AppDbContext db, IQueryable<Guid> reviewIds, bool hasNational, CancellationToken ct)
    {
        var local = await db.Victims.AsNoTracking().Where(v => reviewIds.Contains(v.ReviewId) && v.Sex != Sex.NotKnown)
            .GroupBy(v => v.Sex).Select(g => new { Sex = g.Key, Count = g.Count() }).ToListAsync(ct);
        var localBase = local.Sum(x => x.Count);
        Dictionary<string, int>? national = null;
        if (hasNational)
        {
            national = await db.NationalVictims.AsNoTracking().Where(v => v.Sex != null)
                .GroupBy(v => v.Sex!).Select(g => new { Sex = g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Sex, x => x.Count, StringComparer.OrdinalIgnoreCase, ct);
        }

        var nationalBase = national?.Values.Sum() ?? 0;
        return ComparedSexes.Select(s => new ComparisonRow(SexGroup, s.ToString(),
                new Share(local.Where(x => x.Sex == s).Sum(x => x.Count), localBase),
                national is null ? null : new Share(national.GetValueOrDefault(s.ToString()), nationalBase)))
            .ToList();
    }

    private static async Task<List<ComparisonRow>> AgeRowsAsync(
        AppDbContext db, IQueryable<Guid> reviewIds, bool hasNational, CancellationToken ct)
    {
        // Grouped by age in the database (at most ~100 distinct ages), banded here by the one AgeBands rule.
        var ages = await db.Victims.AsNoTracking().Where(v => reviewIds.Contains(v.ReviewId))
            .GroupBy(v => v.AgeAtDeath).Select(g => new { Age = g.Key, Count = g.Count() }).ToListAsync(ct);
        var localBands = ages.GroupBy(a => AgeBands.For(a.Age)).ToDictionary(g => g.Key, g => g.Sum(a => a.Count));
        var localBase = VictimAgeBands.Sum(b => localBands.GetValueOrDefault(b));
        Dictionary<string, int>? national = null;
        if (hasNational)
        {
            national = await db.NationalVictims.AsNoTracking().Where(v => v.AgeBand != null)
                .GroupBy(v => v.AgeBand!).Select(g => new { Band = g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Band, x => x.Count, StringComparer.OrdinalIgnoreCase, ct);
        }

        var nationalBase = national?.Values.Sum() ?? 0;
        return VictimAgeBands.Select(b => new ComparisonRow(AgeGroup, b.Display(),
                new Share(localBands.GetValueOrDefault(b), localBase),
                national is null ? null : new Share(national.GetValueOrDefault(b.Display()), nationalBase)))
            .ToList();
    }

    /// <summary>Each national incident flag: how many are true and how many known (not empty in the file).</summary>
    private static async Task<NationalFlags?> NationalFlagsAsync(AppDbContext db, CancellationToken ct)
    {
        var n = await db.NationalIncidents.AsNoTracking().GroupBy(_ => 1).Select(g => new NationalFlags
        {
            Incidents = g.Count(),
            Ipv = g.Count(i => i.IntimatePartnerViolence == true),
            IpvKnown = g.Count(i => i.IntimatePartnerViolence != null),
            Familial = g.Count(i => i.FamilialHomicide == true),
            FamilialKnown = g.Count(i => i.FamilialHomicide != null),
            Children = g.Count(i => i.ChildrenPresent == true),
            ChildrenKnown = g.Count(i => i.ChildrenPresent != null),
            Coercive = g.Count(i => i.CoerciveControl == true),
            CoerciveKnown = g.Count(i => i.CoerciveControl != null),
            Economic = g.Count(i => i.EconomicAbuse == true),
            EconomicKnown = g.Count(i => i.EconomicAbuse != null),
            Physical = g.Count(i => i.PhysicalAbuse == true),
            PhysicalKnown = g.Count(i => i.PhysicalAbuse != null),
            Emotional = g.Count(i => i.EmotionalAbuse == true),
            EmotionalKnown = g.Count(i => i.EmotionalAbuse != null),
            Sexual = g.Count(i => i.SexualAbuse == true),
            SexualKnown = g.Count(i => i.SexualAbuse != null),
            Stalking = g.Count(i => i.Stalking == true),
            StalkingKnown = g.Count(i => i.Stalking != null),
            Separation = g.Count(i => i.Separation == true),
            SeparationKnown = g.Count(i => i.Separation != null),
            Honour = g.Count(i => i.HonourBasedViolence == true),
            HonourKnown = g.Count(i => i.HonourBasedViolence != null),
            Forced = g.Count(i => i.ForcedMarriage == true),
            ForcedKnown = g.Count(i => i.ForcedMarriage != null),
            HomicideSuicide = g.Count(i => i.HomicideSuicide == true),
            HomicideSuicideKnown = g.Count(i => i.HomicideSuicide != null),
        }).FirstOrDefaultAsync(ct);
        return n is null || n.Incidents == 0 ? null : n;
    }

    private sealed class NationalFlags
    {
        public int Incidents { get; init; }
        public int Ipv { get; init; }
        public int IpvKnown { get; init; }
        public int Familial { get; init; }
        public int FamilialKnown { get; init; }
        public int Children { get; init; }
        public int ChildrenKnown { get; init; }
        public int Coercive { get; init; }
        public int CoerciveKnown { get; init; }
        public int Economic { get; init; }
        public int EconomicKnown { get; init; }
        public int Physical { get; init; }
        public int PhysicalKnown { get; init; }
        public int Emotional { get; init; }
        public int EmotionalKnown { get; init; }
        public int Sexual { get; init; }
        public int SexualKnown { get; init; }
        public int Stalking { get; init; }
        public int StalkingKnown { get; init; }
        public int Separation { get; init; }
        public int SeparationKnown { get; init; }
        public int Honour { get; init; }
        public int HonourKnown { get; init; }
        public int Forced { get; init; }
        public int ForcedKnown { get; init; }
        public int HomicideSuicide { get; init; }
        public int HomicideSuicideKnown { get; init; }

        public Share ShareOf(Func<NationalFlags, (int Count, int Known)> pick)
        {
            var (count, known) = pick(this);
            return new Share(count, known);
        }
    }
}
