using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// A Home Office QA letter on a review, written straight to the database (the review's stage is left as it is):
/// submitted 1 Sep 2026, approved subject to amendments 15 Oct 2026, raising area 1 (open) and area 2 (done 1 Nov 2026).
/// </summary>
public static class QaLetter
{
    public static readonly DateOnly Submitted = new(2026, 9, 1);
    public static readonly DateOnly Dated = new(2026, 10, 15);
    public static readonly DateOnly SecondAreaDone = new(2026, 11, 1);

    /// <summary>Gives the review its QA submission and outcome only (no areas).</summary>
    public static async Task GiveOutcomeAsync(TestDatabase db, Guid reviewId, QaOutcome outcome = QaOutcome.PublishAfterAmendments)
    {
        await using var context = db.NewContext();
        var review = await context.Reviews.SingleAsync(r => r.Id == reviewId);
        review.QaSubmissionDate = Submitted;
        review.QaOutcome = outcome;
        review.QaOutcomeDate = Dated;
        await context.SaveChangesAsync();
    }

    /// <summary>The outcome and its two areas; returns (open area, done area).</summary>
    public static async Task<(Guid Open, Guid Done)> SeedAsync(TestDatabase db, Guid reviewId)
    {
        await GiveOutcomeAsync(db, reviewId);
        await using var context = db.NewContext();
        var open = new QaDevelopmentArea { Id = Guid.NewGuid(), ReviewId = reviewId, Number = 1, Text = "Say how the family was involved.", RaisedOn = Dated };
        var done = new QaDevelopmentArea
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Number = 2,
            Text = "Show which recommendations are multi-agency.",
            RaisedOn = Dated,
            DoneOn = SecondAreaDone,
            HowAddressed = "Each recommendation is now marked single- or multi-agency.",
        };
        context.AddRange(open, done);
        await context.SaveChangesAsync();
        return (open.Id, done.Id);
    }
}
