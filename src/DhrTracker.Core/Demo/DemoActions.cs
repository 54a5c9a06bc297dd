using DhrTracker.Core.Actions;
using DhrTracker.Core.Data;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Demo;

/// <summary>A synthetic action plan on the review in action-plan monitoring: one action due soon, one overdue, Police actions for the demo lead.</summary>
internal static class DemoActions
{
    public static void Add(AppDbContext db, Review review, IReadOnlyDictionary<string, int> agencies, DateOnly today, DateTime nowUtc)
    {
        var made = review.PublicationDate ?? today.AddMonths(-6);
        var rec1 = Recommendation(review, 1, "Agencies should make sure front-line staff recognise and act on coercive control (synthetic).", null, true, made);
        var rec2 = Recommendation(review, 2, "The GP practice should ask about domestic abuse when patients present with injuries (synthetic).", agencies["GP"], false, made);
        db.Recommendations.AddRange(rec1, rec2);
        ActionItem[] actions =
        [
            Action(rec1, 1, agencies["Police"], "Refresh coercive control training for all response officers by the target date.", today.AddDays(20), ActionStatus.OnTrack, ActionRag.Green),
            Action(rec1, 2, agencies["Housing"], "Add a routine domestic abuse enquiry to tenancy visits and audit its use.", today.AddDays(-15), ActionStatus.OffTrack, ActionRag.Amber),
            Action(rec1, 3, agencies["Police"], "Audit 50 domestic abuse incident logs for evidence of coercive control questions.", today.AddDays(100), ActionStatus.NotStarted, ActionRag.Green),
            Action(rec2, 1, agencies["GP"], "Add a prompt to the practice system for injuries with no clear cause.", today.AddDays(60), ActionStatus.NotStarted, ActionRag.Green),
        ];
        db.Actions.AddRange(actions);
        db.ActionHistory.AddRange(actions.Select(a => ActionHistoryEntry.Of(a, nowUtc)));
    }

    private static Recommendation Recommendation(Review review, int number, string text, int? agency, bool multi, DateOnly made) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = review.Id,
        Number = number,
        Text = text,
        AddressedToAgencyId = agency,
        MultiAgency = multi,
        Scope = RecommendationScope.Local,
        MadeOn = made,
    };

    private static ActionItem Action(Recommendation rec, int number, int agency, string text, DateOnly target, ActionStatus status, ActionRag rag) => new()
    {
        Id = Guid.NewGuid(),
        RecommendationId = rec.Id,
        ReviewId = rec.ReviewId,
        Number = number,
        Description = text,
        OwnerAgencyId = agency,
        LeadOfficer = "Safeguarding lead (demo)",
        LeadOfficerEmail = "lead@demo.invalid",
        TargetDate = target,
        Status = status,
        Rag = rag,
    };
}
