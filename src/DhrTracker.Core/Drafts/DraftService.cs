using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Drafts;

/// <summary>
/// Drafts of long forms kept on the server as the user types (R23, ADR 0403). A draft is its author's alone: it is kept
/// only while they may use the form it belongs to, offered back only to them, and removed when they save or discard.
/// The first keeping of a draft, each offer and each removal are audited; the keeping every few seconds after that is not,
/// as it would bury the trail under one row per pause in typing (the row's time says when it was last kept).
/// </summary>
public sealed class DraftService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const string Entity = nameof(FormDraft);

    /// <summary>A finding or recommendation is far shorter; this stops a runaway page filling the database.</summary>
    public const int MaxContentLength = 200_000;

    /// <summary>A draft not touched for this long is no longer offered, and its author's next keeping removes it.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public const string TooLong = "This draft is too long to keep (over 200,000 characters). Save the form or shorten the text.";

    /// <summary>Keeps (adds or replaces) the user's draft of one form. Refused, with nothing written but the denial, to a user who may not use the form.</summary>
    public async Task<Result<DateTimeOffset>> KeepAsync(DraftKey key, string content, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, key.ReviewId, AuditActions.Create, Entity, RuleFor(key.Form), ct) is { } refusal)
        {
            return Result<DateTimeOffset>.Refused([refusal]);
        }

        if (content.Length > MaxContentLength)
        {
            return Result<DateTimeOffset>.Refused("", TooLong);
        }

        var now = time.GetUtcNow();
        var draft = await db.Set<FormDraft>().SingleOrDefaultAsync(Mine(user, key), ct);
        if (draft is null)
        {
            draft = new FormDraft { Id = Guid.NewGuid(), UserId = user.UserId, ReviewId = key.ReviewId, Form = key.Form, RecordId = key.RecordId };
            db.Add(draft);
            db.Record(time, user, AuditActions.Create, Entity, draft.Id.ToString(), reviewId: key.ReviewId, detail: Describe(key));
        }

        draft.Content = content;
        draft.SavedUtc = now.UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same user's other tab kept this form's draft first: the next keeping, a few seconds on, replaces it.
            return Result<DateTimeOffset>.Refused("", "This draft was kept from another tab at the same moment. It will be kept again in a few seconds.");
        }

        // Drafts abandoned long ago go as their author keeps a new one, so none lingers for months.
        var cutoff = now.UtcDateTime - KeptFor;
        await db.Set<FormDraft>().Where(d => d.UserId == user.UserId && d.SavedUtc < cutoff).ExecuteDeleteAsync(ct);
        return Result<DateTimeOffset>.Ok(now);
    }

    /// <summary>The user's own drafts of one kind of form on a review, newest first; an empty list when there are none.</summary>
    public async Task<Result<IReadOnlyList<DraftView>>> ListMineAsync(Guid reviewId, DraftForm form, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.View, Entity, RuleFor(form), ct) is { } refusal)
        {
            return Result<IReadOnlyList<DraftView>>.Refused([refusal]);
        }

        var cutoff = time.GetUtcNow().UtcDateTime - KeptFor;
        var drafts = await db.Set<FormDraft>().AsNoTracking()
            .Where(d => d.UserId == user.UserId && d.ReviewId == reviewId && d.Form == form && d.SavedUtc >= cutoff)
            .OrderByDescending(d => d.SavedUtc)
            .ToListAsync(ct);
        if (drafts.Count > 0)
        {
            db.Record(time, user, AuditActions.View, Entity, reviewId.ToString(), reviewId: reviewId,
                detail: $"Offered back {drafts.Count} unsaved {Name(form)} {(drafts.Count == 1 ? "draft" : "drafts")}");
            await db.SaveChangesAsync(ct);
        }

        return Result<IReadOnlyList<DraftView>>.Ok(drafts
            .Select(d => new DraftView(new DraftKey(d.ReviewId, d.Form, d.RecordId), d.Content, new DateTimeOffset(d.SavedUtc, TimeSpan.Zero)))
            .ToList());
    }

    /// <summary>Removes the user's draft of one form, once they have saved it or chosen to discard it. Nothing to remove is not an error.</summary>
    public async Task<Result<bool>> DiscardAsync(DraftKey key, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, key.ReviewId, AuditActions.Delete, Entity, RuleFor(key.Form), ct) is { } refusal)
        {
            return Result<bool>.Refused([refusal]);
        }

        var draft = await db.Set<FormDraft>().SingleOrDefaultAsync(Mine(user, key), ct);
        if (draft is null)
        {
            return Result<bool>.Ok(false);
        }

        db.Remove(draft);
        db.Record(time, user, AuditActions.Delete, Entity, draft.Id.ToString(), reviewId: key.ReviewId, detail: Describe(key));
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Who may keep a draft of a form: whoever may save that form, so a draft never outlives the right to use it.</summary>
    private static Func<CurrentUser, Review, bool> RuleFor(DraftForm form) => form switch
    {
        DraftForm.Finding => ReviewAccess.CanWorkOn,
        DraftForm.Recommendation => (user, review) => ReviewAccess.CanManagePlan(user, review.PartnershipId),
        DraftForm.InvolvementEntry => ReviewAccess.CanManageFamily,
        DraftForm.ReviewRecord => ReviewAccess.CanChange,
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "A form with no access rule cannot keep drafts."),
    };

    private static System.Linq.Expressions.Expression<Func<FormDraft, bool>> Mine(CurrentUser user, DraftKey key) =>
        d => d.UserId == user.UserId && d.ReviewId == key.ReviewId && d.Form == key.Form && d.RecordId == key.RecordId;

    private static string Name(DraftForm form) => form switch
    {
        DraftForm.InvolvementEntry => "involvement log",
        DraftForm.ReviewRecord => "review details",
        _ => form.ToString().ToLowerInvariant(),
    };

    /// <summary>The trail's words for a draft: which form, never what was typed.</summary>
    private static string Describe(DraftKey key) => key.Form switch
    {
        DraftForm.Finding => key.IsNew ? "draft of a new finding" : "draft of a finding being edited",
        DraftForm.Recommendation => "draft of a new recommendation",
        DraftForm.InvolvementEntry => "draft of an involvement log entry",
        DraftForm.ReviewRecord => "draft of the review details being edited",
        _ => $"draft of a {key.Form}",
    };
}
