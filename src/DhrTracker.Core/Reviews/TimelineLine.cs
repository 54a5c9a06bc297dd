using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// The one way a service writes a line on a review's timeline (ADR 0386). The line joins the caller's
/// unsaved changes, so it is saved with the change or not at all. Anyone who can read the review reads
/// its timeline, panel members included, so a note names what happened and to what kind of thing
/// ("Victim added", "Document added: IMR"), never the case content: no pseudonyms, names, texts or titles.
/// </summary>
public static class TimelineLine
{
    public static ReviewEvent For(CurrentUser user, DateTime atUtc, Guid reviewId, ReviewEventKind kind, string note,
        DateOnly? effective = null) => new()
        {
            ReviewId = reviewId,
            AtUtc = atUtc,
            UserId = user.UserId,
            UserName = user.DisplayName,
            Kind = kind,
            EffectiveDate = effective,
            Note = note.Length > ReviewLimits.LongText ? note[..ReviewLimits.LongText] : note,
        };

    public static void AddTimelineLine(this AppDbContext db, TimeProvider time, CurrentUser user, Guid reviewId,
        ReviewEventKind kind, string note, DateOnly? effective = null) =>
        db.ReviewEvents.Add(For(user, time.GetUtcNow().UtcDateTime, reviewId, kind, note, effective));
}
