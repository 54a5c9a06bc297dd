using DhrTracker.Core.Data;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Demo;

/// <summary>
/// A synthetic review approved by the Home Office subject to amendments and not yet published, with two areas for
/// final development from its QA letter (one done), so the QA tab and the "approved, not yet published" line can be seen.
/// </summary>
internal static class DemoQa
{
    public const string Reference = "Northbridge DHR11";

    public static Review Add(AppDbContext db, int partnershipId, DateOnly today, ClockSettings settings)
    {
        var review = DemoData.DemoReview(partnershipId, Reference, today.AddMonths(-20), 7, ReviewStage.AwaitingPublication, settings);
        review.LocalSignOffDate = today.AddDays(-130);
        review.LocalSignOffBody = "Northbridge CSP board";
        review.LocalSignOffApprover = "Chair of the CSP board (demo)";
        review.QaSubmissionDate = today.AddDays(-120);
        review.CommissionerCopyDate = today.AddDays(-118);
        review.QaOutcome = QaOutcome.PublishAfterAmendments;
        review.QaOutcomeDate = today.AddDays(-41);
        review.QaDevelopmentAreas.Add(Area(review, 1, "Set out the family's contribution to the review in the executive summary (synthetic).",
            today.AddDays(-20), "Section 2 of the executive summary now gives the family's contribution in their own words (synthetic)."));
        review.QaDevelopmentAreas.Add(Area(review, 2, "Make clear which recommendations are single-agency and which are multi-agency (synthetic).", null, null));
        ReviewClocks.RefreshDueDate(review, settings);
        db.Reviews.Add(review);
        return review;
    }

    private static QaDevelopmentArea Area(Review review, int number, string text, DateOnly? doneOn, string? how) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = review.Id,
        Number = number,
        Text = text,
        RaisedOn = review.QaOutcomeDate!.Value,
        DoneOn = doneOn,
        HowAddressed = how,
    };
}
