using DhrTracker.Core.Actions;
using DhrTracker.Core.Data;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Demo;

/// <summary>
/// A synthetic action plan on the review in action-plan monitoring: one action due soon, one overdue, Police actions for the demo
/// lead, and one GP action done and signed off; each with the history that brought it there, so the plan as it stood can be seen.
/// </summary>
internal static class DemoActions
{
    public static void Add(AppDbContext db, Review review, IReadOnlyDictionary<string, int> agencies, DateOnly today, DateTime nowUtc, string managerId)
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
            Action(rec2, 2, agencies["GP"], "Offer a private room to every patient who attends with an injury.", today.AddDays(-40), ActionStatus.Complete, ActionRag.Green),
        ];
        var done = actions[^1];
        (done.Outcome, done.CompletedOn, done.SignedOffByUserId) = ("Rooms are offered and the offer is recorded (synthetic).", today.AddDays(-45), managerId);
        done.SignedOffUtc = At(today.AddDays(-38));
        db.Actions.AddRange(actions);

        // Every action began not started when the plan was agreed; two moved since, so "the plan as at" differs month by month.
        var agreed = At(made.AddDays(14));
        db.ActionHistory.AddRange(actions.Select(a => new ActionHistoryEntry
        { ActionId = a.Id, AtUtc = agreed, Status = ActionStatus.NotStarted, Rag = ActionRag.Green, TargetDate = a.TargetDate }));
        db.ActionHistory.AddRange(
            new ActionHistoryEntry { ActionId = actions[1].Id, AtUtc = At(today.AddMonths(-3)), Status = ActionStatus.OnTrack, Rag = ActionRag.Green, TargetDate = actions[1].TargetDate },
            new ActionHistoryEntry { ActionId = done.Id, AtUtc = At(today.AddMonths(-4)), Status = ActionStatus.OnTrack, Rag = ActionRag.Green, TargetDate = done.TargetDate },
            new ActionHistoryEntry { ActionId = done.Id, AtUtc = At(done.CompletedOn.Value), Status = ActionStatus.Complete, Rag = ActionRag.Green, TargetDate = done.TargetDate });
        db.ActionHistory.AddRange(actions.Select(a => ActionHistoryEntry.Of(a, a == done ? done.SignedOffUtc.Value : nowUtc)));
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc);

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
