using DhrTracker.Core.Agencies;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Letters;

/// <summary>Builds a letter's model from the review's record: strings only, dates in UK form, an empty string for a fact not held.</summary>
internal static class LetterModels
{
    /// <summary>The review's part of every letter; <paramref name="review"/> must have its partnership and timescales loaded.</summary>
    public static async Task<LetterModel> ForReviewAsync(AppDbContext db, Review review, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var partnership = review.Partnership!;
        var type = ReviewTypeNames.For(review);
        var settings = ClockSettings.From(partnership, review.DateNotified);
        var deadline = review.Decision switch
        {
            ReviewDecision.Hold => ReviewClocks.ReportDue(review.Decision, review.DecisionDate, settings),
            ReviewDecision.Pending => ReviewClocks.DecisionDue(review.ReconsideredOn ?? review.DateNotified, settings),
            _ => null,
        };
        var leads = await ReviewLeads.ReadAsync(db, review.Id, null, null, ct);
        var victims = await db.Victims.AsNoTracking().Where(v => v.ReviewId == review.Id).OrderBy(v => v.Pseudonym)
            .Select(v => v.Pseudonym).ToListAsync(ct);
        return new LetterModel(
            new PartnershipFields(partnership.Name),
            new ReviewFields(review.Reference, type.Name, type.Abbreviation, UkDates.Format(review.DateNotified),
                review.Decision switch
                {
                    ReviewDecision.Hold => $"to hold a {type.Name}",
                    ReviewDecision.NotHold => $"not to hold a {type.Name}",
                    _ => "",
                },
                review.Decision == ReviewDecision.Pending ? "" : UkDates.Format(review.DecisionDate),
                review.Decision == ReviewDecision.Pending ? "" : review.DecisionRationale?.Trim() ?? "",
                UkDates.Format(deadline), leads.Chair ?? "", string.Join(" and ", victims)),
            null, null,
            new LetterFields(UkDates.Format(UkDates.TodayInUk(time)), user.DisplayName));
    }

    /// <summary>The same letter to one agency: its contact, and the due date of what this letter asks it for.</summary>
    public static LetterModel ToAgency(LetterModel model, LetterKind kind, ReviewAgency involvement) => model with
    {
        Agency = new AgencyFields(involvement.Agency!.Name, involvement.Agency.ContactName ?? "", involvement.Agency.ContactEmail ?? ""),
        Request = new RequestFields(
            UkDates.Format(kind == LetterKind.AgencyScoping ? involvement.ScopingDue : involvement.ImrDue),
            UkDates.Format(involvement.ChronologyDue)),
    };
}
