using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Synthetic;

/// <summary>
/// Where a synthetic review stands, from how long ago it was notified and how slowly it moves. The stage's dates
/// are <see cref="Demo.DemoData.DemoReview"/>'s, so the synthetic and demo reviews are built one way.
/// </summary>
internal static class SyntheticTimeline
{
    /// <summary>How many years of notifications the synthetic register spans; the oldest reviews are long closed.</summary>
    public const int Years = 10;

    /// <summary>
    /// Months after notification by which a review at the quickest pace reaches each stage. Each is after the date
    /// DemoReview records for the stage (decision at 25 days, terms of reference at 60, QA submission at 11 months,
    /// publication at 16, closure at 40) and the QA outcome set here at 14, so no recorded date is in the future.
    /// </summary>
    private static readonly (ReviewStage Stage, double Months)[] Reached =
    [
        (ReviewStage.Notified, 0),
        (ReviewStage.Scoping, 0.5),
        (ReviewStage.Commissioning, 1),
        (ReviewStage.InformationGathering, 2.5),
        (ReviewStage.PanelAnalysis, 6),
        (ReviewStage.Drafting, 9),
        (ReviewStage.LocalSignOff, 10.5),
        (ReviewStage.HomeOfficeQa, 11.5),
        (ReviewStage.AwaitingPublication, 14.5),
        (ReviewStage.ActionPlanMonitoring, 16.5),
        (ReviewStage.Closed, 42),
    ];

    /// <summary>Share of deaths past the decision that the partnership decided not to review.</summary>
    private const double NotHeld = 0.08;

    /// <param name="months">Months since notification.</param>
    /// <param name="pace">1 for the quickest review, up to about 2.5 for one that is years late (so some are overdue).</param>
    /// <param name="draw">A number in [0, 1) drawn for the decision.</param>
    public static ReviewStage StageAfter(double months, double pace, double draw) =>
        months >= 1 && draw < NotHeld ? ReviewStage.NotProceeding : Reached.Last(r => r.Months * pace <= months).Stage;

    public static bool HasFindings(ReviewStage stage) => stage is >= ReviewStage.PanelAnalysis and <= ReviewStage.Closed;

    /// <summary>Recommendations and their action plan exist once the report is written.</summary>
    public static bool HasActionPlan(ReviewStage stage) => stage is >= ReviewStage.LocalSignOff and <= ReviewStage.Closed;

    /// <summary>
    /// DemoReview gives an awaiting-publication review no QA facts; one here has been signed off, submitted and
    /// approved, as DemoQa's is.
    /// </summary>
    public static void CompleteQa(Review review)
    {
        if (review.Stage != ReviewStage.AwaitingPublication)
        {
            return;
        }

        var notified = review.DateNotified;
        review.LocalSignOffDate = notified.AddMonths(11).AddDays(-14);
        review.LocalSignOffBody = "Community Safety Partnership board";
        review.LocalSignOffApprover = "Board chair (synthetic)";
        review.QaSubmissionDate = notified.AddMonths(11);
        review.CommissionerCopyDate = notified.AddMonths(11).AddDays(2);
        review.QaOutcome = QaOutcome.PublishAfterAmendments;
        review.QaOutcomeDate = notified.AddMonths(14);
    }
}
