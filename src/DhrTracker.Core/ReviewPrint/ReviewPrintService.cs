using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Data;
using DhrTracker.Core.Files;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.ReviewPrint;

/// <summary>
/// A review on paper (ADR 0389): each part is read through the service behind its own tab, so the print holds
/// exactly what the reader may see there; the parts' view rows fold into the print's one download row.
/// </summary>
public sealed class ReviewPrintService(
    IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time,
    ReviewService reviews, PeopleReader people, ReviewAgencyService agencies, PanelService panel,
    FindingService findings, ActionPlanService plans)
{
    /// <summary>Null when the review does not exist or the user may not read it.</summary>
    public async Task<ReviewPrintout?> WriteAsync(Guid reviewId, ReviewPrintFormat format, CancellationToken ct = default)
    {
        // A refusal has already been recorded by the part that refused it, so a denied print is one row too.
        var user = await currentUser.GetAsync(ct);
        if (await ReadAsync(reviewId, format, user.DisplayName, ct) is not { } printout)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Record(time, user, AuditActions.Download, "ReviewPrint", reviewId.ToString(),
            detail: $"{(format == ReviewPrintFormat.Docx ? "Printed review as Word (.docx)" : "Printed review (print view)")}: {Parts}", reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        return printout;
    }

    private const string Parts = "record, people, agencies, panel, findings, plan and timeline";

    private async Task<ReviewPrintout?> ReadAsync(Guid reviewId, ReviewPrintFormat format, string printedBy, CancellationToken ct)
    {
        using var folded = AuditTrail.FoldReads();
        if (await reviews.GetAsync(reviewId, ct) is not { } review)
        {
            return null;
        }

        // Every reader of the review reads each tab; a null here means the review went out of reach mid-print.
        var record = await people.GetAsync(reviewId, ct) is { } p && await agencies.ListAsync(reviewId, ct) is { } a
            && await panel.ListAsync(reviewId, ct) is { } seats && await findings.GetForReviewAsync(reviewId, ct) is { } f
            && await plans.GetAsync(reviewId, ct) is { } plan && await reviews.TimelineAsync(reviewId, ct) is { } timeline
            ? new ReviewPrintRecord(review, p, a, seats, f, plan, timeline, printedBy, time.GetUtcNow().UtcDateTime)
            : null;
        if (record is null)
        {
            return null;
        }

        var document = ReviewPrintWording.Compose(record);
        var file = format == ReviewPrintFormat.Docx
            ? new FileContent($"{FileNames.Part(review.Reference)}-review-{UkDates.TodayInUk(time):yyyy-MM-dd}.docx", BriefingDocx.ContentType,
                BriefingDocx.Write(document))
            : null;
        return new ReviewPrintout(document, file);
    }
}
