using DhrTracker.Core.Data;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Partnerships;

/// <summary>
/// A partnership's timescales with their versions (ADR 0355), loaded once per request: a review takes
/// the version in force on its notification date, so a change of timescale never re-dates a review
/// notified before it took effect.
/// </summary>
public sealed class PartnershipTimescales
{
    private readonly ClockSettings baseline;
    private readonly IReadOnlyList<TimescaleVersion> newestFirst;

    private PartnershipTimescales(Partnership p, IEnumerable<TimescaleVersion> versions)
    {
        baseline = new ClockSettings(p.DecisionDueMonths, p.ReportDueMonths, p.AmberWindowDays, p.RagFollowsAgreedTimetable);
        newestFirst = versions.OrderByDescending(v => v.EffectiveFrom).ToList();
        HomeOfficeNotificationDays = p.HomeOfficeNotificationDays;
    }

    public int AmberWindowDays => baseline.AmberWindowDays;

    /// <summary>Days after the decision by which the Home Office should have been told of it.</summary>
    public int HomeOfficeNotificationDays { get; }

    public bool RagFollowsAgreedTimetable => baseline.RagFollowsAgreedTimetable;

    /// <summary>The timescales for a review notified on <paramref name="notified"/>: the latest version in force that day, else the base ones.</summary>
    public ClockSettings For(DateOnly notified) =>
        newestFirst.FirstOrDefault(v => v.EffectiveFrom <= notified) is { } v
            ? baseline with { DecisionDueMonths = v.DecisionDueMonths, ReportDueMonths = v.ReportDueMonths }
            : baseline;

    /// <summary>From a partnership loaded with its <see cref="Partnership.Timescales"/>.</summary>
    public static PartnershipTimescales Of(Partnership p) => new(p, p.Timescales);

    public static PartnershipTimescales Of(Partnership p, IEnumerable<TimescaleVersion> versions) => new(p, versions);

    /// <summary>The partnership's timescales, or the defaults when there is none (so lists still render for users without one).</summary>
    public static async Task<PartnershipTimescales> LoadAsync(AppDbContext db, int? partnershipId, CancellationToken ct)
    {
        var partnership = partnershipId is { } pid
            ? await db.Partnerships.AsNoTracking().Include(p => p.Timescales).SingleOrDefaultAsync(p => p.Id == pid, ct)
            : null;
        return Of(partnership ?? new Partnership());
    }
}
