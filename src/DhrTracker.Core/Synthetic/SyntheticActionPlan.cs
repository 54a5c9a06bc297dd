using Bogus;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Synthetic;

/// <summary>
/// A synthetic review's recommendations and action plan, about 20 actions a review across the register (issue 15).
/// Before publication every action is not started or in progress; while the plan is monitored actions are in every
/// status, some overdue; a closed review's are all signed off or cancelled, as closing requires. Each action's history
/// starts "not started" when the plan was agreed, so the plan as it stood on a past date can be shown.
/// </summary>
internal static class SyntheticActionPlan
{
    public const int FewestRecommendations = 6;
    public const int MostRecommendations = 10;
    public const int FewestActions = 2;
    public const int MostActions = 5;

    /// <summary>Statuses while the plan is monitored, each as often as written here.</summary>
    private static readonly ActionStatus[] Monitored =
    [
        ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.InProgress, ActionStatus.OnTrack, ActionStatus.OnTrack,
        ActionStatus.OffTrack, ActionStatus.Complete, ActionStatus.Complete, ActionStatus.Complete, ActionStatus.Cancelled,
    ];

    public static void Add(SyntheticRows rows, Review review, IReadOnlyList<Finding> findings, SyntheticPartnership partnership, DateOnly today,
        Random random, Faker faker)
    {
        var made = review.LocalSignOffDate ?? review.DateNotified.AddMonths(10);
        var agreed = At(made.AddDays(14) > today ? today : made.AddDays(14));
        var recommendations = random.Next(FewestRecommendations, MostRecommendations + 1);
        for (var r = 1; r <= recommendations; r++)
        {
            var multi = random.NextDouble() < 0.4;
            var recommendation = new Recommendation
            {
                Id = random.NextGuid(),
                ReviewId = review.Id,
                Number = r,
                Text = $"Synthetic recommendation: {faker.Lorem.Sentence(10)}",
                MultiAgency = multi,
                AddressedToAgencyId = multi ? null : SyntheticPeople.Pick(partnership.Agencies, random),
                Scope = RecommendationScope.Local,
                MadeOn = made,
            };
            rows.Add(recommendation);
            if (findings.Count > 0)
            {
                rows.Add(new RecommendationFinding { RecommendationId = recommendation.Id, FindingId = SyntheticPeople.Pick(findings, random).Id });
            }

            var actions = random.Next(FewestActions, MostActions + 1);
            for (var n = 1; n <= actions; n++)
            {
                var action = Action(review, recommendation, n, partnership, made, today, random, faker);
                rows.Add(action);
                rows.Add(new ActionHistoryEntry { ActionId = action.Id, AtUtc = agreed, Status = ActionStatus.NotStarted, Rag = ActionRag.Green, TargetDate = action.TargetDate });
                if (action.Status != ActionStatus.NotStarted)
                {
                    rows.Add(ActionHistoryEntry.Of(action, action.SignedOffUtc ?? action.StatusSetUtc ?? agreed));
                }
            }
        }
    }

    private static ActionItem Action(Review review, Recommendation recommendation, int number, SyntheticPartnership partnership, DateOnly made,
        DateOnly today, Random random, Faker faker)
    {
        var status = review.Stage switch
        {
            ReviewStage.Closed => random.NextDouble() < 0.92 ? ActionStatus.Complete : ActionStatus.Cancelled,
            ReviewStage.ActionPlanMonitoring => Monitored[random.Next(Monitored.Length)],
            _ => random.NextDouble() < 0.7 ? ActionStatus.NotStarted : ActionStatus.InProgress,
        };

        // Everything that happened to the action happened between the plan and today (or the review's closure).
        var last = review.ClosedDate ?? today;
        var target = made.AddDays(random.Next(60, 540));
        var changed = Between(made, last, random);
        var action = new ActionItem
        {
            Id = random.NextGuid(),
            RecommendationId = recommendation.Id,
            ReviewId = review.Id,
            Number = number,
            Description = $"Synthetic action: {faker.Lorem.Sentence(10)}",
            OwnerAgencyId = recommendation.AddressedToAgencyId ?? SyntheticPeople.Pick(partnership.Agencies, random),
            LeadOfficer = "Safeguarding lead (synthetic)",
            LeadOfficerEmail = "lead@synthetic.invalid",
            TargetDate = target,
            Status = status,
            Rag = status == ActionStatus.OffTrack ? (random.NextDouble() < 0.5 ? ActionRag.Amber : ActionRag.Red) : ActionRag.Green,
        };
        if (status != ActionStatus.NotStarted)
        {
            (action.StatusSetByUserId, action.StatusSetUtc) = (SyntheticRows.UserId, At(changed));
        }

        if (status == ActionStatus.Complete)
        {
            (action.Outcome, action.CompletedOn, action.CompletedByUserId) = ($"Synthetic outcome: {faker.Lorem.Sentence(8)}", changed, SyntheticRows.UserId);

            // A closed review's are all signed off; a monitored one's mostly, the rest await a manager.
            if (review.Stage == ReviewStage.Closed || random.NextDouble() < 0.7)
            {
                (action.SignedOffByUserId, action.SignedOffUtc) = (SyntheticRows.UserId, At(Between(changed, last, random, 21)));
            }
        }
        else if (status == ActionStatus.Cancelled)
        {
            action.CancelReason = "Superseded by a partnership-wide action (synthetic).";
        }

        return action;
    }

    /// <summary>A day from <paramref name="from"/> to <paramref name="to"/> (at most <paramref name="within"/> days on), never before the first.</summary>
    private static DateOnly Between(DateOnly from, DateOnly to, Random random, int within = int.MaxValue)
    {
        var span = Math.Min(within, Math.Max(0, to.DayNumber - from.DayNumber));
        return from.AddDays(random.Next(0, span + 1));
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
