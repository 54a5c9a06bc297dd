using Bogus;
using DhrTracker.Core.Demo;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Synthetic;

/// <summary>One review to generate: where, when it was notified, how slowly it moves, and the seed of its own details.</summary>
internal sealed record PlannedReview(SyntheticPartnership Partnership, int Number, DateOnly Notified, int DaysToNotify, double Pace, int Seed);

/// <summary>
/// The synthetic register: reviews shared unevenly between the partnerships (each has at least one), notified over
/// the last <see cref="SyntheticTimeline.Years"/> years and numbered in order of notification, as a partnership numbers
/// its own. Each review's details come from a random stream of its own, so they do not depend on batch sizes.
/// </summary>
internal static class SyntheticRegister
{
    public static List<PlannedReview> Plan(int reviews, IReadOnlyList<SyntheticPartnership> partnerships, Random random, DateOnly today)
    {
        // Partnerships differ in size: some see three times as many deaths as others.
        var weights = partnerships.Select(_ => 0.5 + random.NextDouble()).ToArray();
        var total = weights.Sum();
        var owners = new List<SyntheticPartnership>(partnerships);
        while (owners.Count < reviews)
        {
            var draw = random.NextDouble() * total;
            var i = 0;
            while (i < weights.Length - 1 && (draw -= weights[i]) > 0)
            {
                i++;
            }

            owners.Add(partnerships[i]);
        }

        var days = SyntheticTimeline.Years * 365;
        var drafts = owners.Select(p => (Partnership: p, Notified: today.AddDays(-random.Next(0, days + 1)), ToNotify: random.Next(1, 15),
            Pace: 1 + (random.NextDouble() * 1.5), Seed: random.Next())).ToList();
        return drafts.GroupBy(d => d.Partnership.Id)
            .SelectMany(g => g.OrderBy(d => d.Notified).Select((d, n) => new PlannedReview(d.Partnership, n + 1, d.Notified, d.ToNotify, d.Pace, d.Seed)))
            .OrderBy(p => p.Notified).ThenBy(p => p.Partnership.Id).ThenBy(p => p.Number)
            .ToList();
    }

    /// <summary>The review and everything recorded on it by its stage, built as the demo builds its reviews.</summary>
    public static void Build(SyntheticRows rows, PlannedReview plan, NationalProfile profile, DateOnly today, Faker faker)
    {
        var random = new Random(plan.Seed);
        var drawn = SyntheticPeople.Pick(profile.Cases, random);
        var months = (today.DayNumber - plan.Notified.DayNumber) / 30.44;
        var stage = SyntheticTimeline.StageAfter(months, plan.Pace, random.NextDouble());
        var settings = plan.Partnership.Clock(plan.Notified);
        var review = DemoData.DemoReview(plan.Partnership.Id, $"{plan.Partnership.Partnership.ReferencePrefix}{plan.Number}",
            plan.Notified.AddDays(-plan.DaysToNotify), plan.DaysToNotify, stage, settings, random.NextGuid());
        review.CreatedByUserId = SyntheticRows.UserId;

        // DemoReview leaves one drafting review's Home Office notification blank, a gap for the demo to show; here every decision was reported.
        if (review.DecisionDate is { } decided)
        {
            review.HomeOfficeNotifiedDate ??= decided.AddDays(2);
        }

        SyntheticTimeline.CompleteQa(review);
        ReviewClocks.RefreshDueDate(review, settings);
        rows.Add(review);
        foreach (var e in review.Events)
        {
            (e.UserId, e.UserName) = (SyntheticRows.UserId, "Synthetic data");
            rows.Add(e);
        }

        var victims = SyntheticPeople.Add(rows, review, drawn, profile, random, faker);
        var findings = SyntheticTimeline.HasFindings(stage)
            ? SyntheticLearning.Add(rows, review, drawn.Incident, victims, plan.Partnership, random, faker)
            : [];
        if (SyntheticTimeline.HasActionPlan(stage))
        {
            SyntheticActionPlan.Add(rows, review, findings, plan.Partnership, today, random, faker);
        }
    }
}
