using System.Globalization;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>
/// A review a corpus file expects to find in the register before it is imported ("existing: REF", or
/// "existing: REF with recommendation N" when the review's plan already holds recommendation N).
/// </summary>
public sealed record ExistingReview(string Reference, int? Recommendation)
{
    private const string WithRecommendation = " with recommendation ";

    public static ExistingReview Parse(string text)
    {
        var at = text.IndexOf(WithRecommendation, StringComparison.Ordinal);
        return at < 0
            ? new ExistingReview(text, null)
            : new ExistingReview(text[..at], int.Parse(text[(at + WithRecommendation.Length)..], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Written straight to the database, as a register kept before the import would hold it, so the same
    /// set-up serves the service's world and the command's own database (which has no coordinator to act).
    /// </summary>
    public static async Task CreateAllAsync(AppDbContext db, int partnershipId, IEnumerable<ExistingReview> reviews)
    {
        foreach (var existing in reviews)
        {
            var review = new Review
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                Reference = existing.Reference,
                DateOfDeath = new DateOnly(2018, 3, 14),
                DateNotified = new DateOnly(2018, 3, 20),
                Decision = ReviewDecision.Hold,
                DecisionDate = new DateOnly(2018, 4, 25),
                Stage = ReviewStage.ActionPlanMonitoring,
                PublicationDate = new DateOnly(2019, 11, 2),
                CreatedByUserId = "synthetic",
            };
            db.Reviews.Add(review);
            if (existing.Recommendation is { } number)
            {
                db.Recommendations.Add(new Recommendation
                {
                    Id = Guid.NewGuid(),
                    ReviewId = review.Id,
                    Number = number,
                    Text = "Agencies agree a shared approach to risk (entered before the import).",
                    Scope = RecommendationScope.Local,
                    MadeOn = new DateOnly(2019, 11, 2),
                });
            }
        }

        await db.SaveChangesAsync();
    }
}
