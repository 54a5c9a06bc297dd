using DhrTracker.Core.Data;

namespace DhrTracker.Core.Actions;

/// <summary>Why a review cannot close yet: every action neither signed off nor cancelled, one refusal each.</summary>
public static class OpenActions
{
    public const string Heading = "This review cannot be closed while actions are open (neither signed off nor cancelled):";

    public static async Task<IReadOnlyList<FieldError>> RefusalsAsync(AppDbContext db, Guid reviewId, CancellationToken ct)
    {
        var open = await db.Actions.AsNoTracking()
            .Where(a => a.ReviewId == reviewId && a.Status != ActionStatus.Cancelled && a.SignedOffUtc == null)
            .Select(a => new { Rec = a.Recommendation!.Number, a.Number, a.Description, Agency = a.OwnerAgency!.Name, a.Status, a.TargetDate })
            .ToListAsync(ct);
        if (open.Count == 0)
        {
            return [];
        }

        var lines = open.OrderBy(a => a.Rec).ThenBy(a => a.Number)
            .Select(a => new FieldError("", $"Action {a.Rec}.{a.Number} ({a.Agency}, {ActionNames.Display(a.Status)}, due {UkDates.Format(a.TargetDate)}): {Shorten(a.Description)}"));
        return [new FieldError("", Heading), .. lines];
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
