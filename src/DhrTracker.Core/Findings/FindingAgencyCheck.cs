using DhrTracker.Core.Data;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Findings;

/// <summary>
/// The database half of an agency choice and what the form offers (ADR 0388): a newly chosen agency must be an active agency of the
/// review's partnership. The agency a finding already names may stay though it has since been retired.
/// </summary>
internal static class FindingAgencyCheck
{
    public const string NotOnRegister = "Choose an agency from the partnership's register, or Other with a note.";

    public static async Task<FieldError?> CheckAsync(AppDbContext db, int partnershipId, IAgencyChoice choice, int? held, CancellationToken ct)
    {
        if (choice.OtherAgency || choice.AgencyId is not { } id || id == held)
        {
            return null;
        }

        // Another partnership's agency reads as "not on the register", never as "someone else's": ids do not leak.
        var active = await db.Agencies.AnyAsync(a => a.Id == id && a.PartnershipId == partnershipId && a.IsActive, ct);
        return active ? null : new FieldError(nameof(IAgencyChoice.AgencyId), NotOnRegister);
    }

    /// <summary>What the form offers for a review: <see cref="FindingAgencyOption"/>, the review's own agencies first.</summary>
    public static async Task<IReadOnlyList<FindingAgencyOption>> OptionsAsync(AppDbContext db, Review review, IReadOnlyList<int> held, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => a.PartnershipId == review.PartnershipId && (a.IsActive || held.Contains(a.Id)))
            .Select(a => new FindingAgencyOption(a.Id, a.Name, db.ReviewAgencies.Any(r => r.ReviewId == review.Id && r.AgencyId == a.Id), a.IsActive))
            .ToListAsync(ct);
        return agencies.OrderByDescending(a => a.OnReview).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// The stored state for a choice. Choosing nothing on a finding whose old text still needs resolving keeps
    /// that text, so an edit of another field does not silently drop it off the coordinator's list.
    /// </summary>
    public static (int? AgencyId, bool IsOther, string? Text) Stored(IAgencyChoice choice, Finding? current) =>
        choice.OtherAgency ? (null, true, Tidy(choice.AgencyNote))
        : choice.AgencyId is { } id ? (id, false, null)
        : current is { AgencyId: null, AgencyIsOther: false, AgencyName: not null } ? (null, false, current.AgencyName)
        : (null, false, null);

    private static string? Tidy(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
