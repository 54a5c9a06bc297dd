using DhrTracker.Core.Data;
using DhrTracker.Core.Demo;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>
/// Reviews of the demo partnership written straight to the database for one test, so a journey starts where it
/// begins (a held review, one signed off locally) without walking every stage first, and no demo fact changes.
/// </summary>
public static class DemoReviews
{
    /// <summary>
    /// A review held after a death <paramref name="monthsAgo"/> months before today (notified four days later, the
    /// decision made and the Home Office told a month after), in information gathering unless <paramref name="shape"/>
    /// moves it on; <paramref name="more"/> adds what hangs from it (people, panel seats, agencies) before the save.
    /// </summary>
    public static async Task<Review> AddHeldReviewAsync(
        this E2EApp app, string tag, int monthsAgo, Action<Review>? shape = null, Func<AppDbContext, Review, Task>? more = null)
    {
        var today = app.Today;
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = await db.Partnerships.Where(p => p.Name == DemoData.PartnershipName).Select(p => p.Id).SingleAsync(),
            Reference = $"Northbridge {tag} {Guid.NewGuid().ToString()[..8]}",
            DateOfDeath = today.AddMonths(-monthsAgo),
            DateNotified = today.AddMonths(-monthsAgo).AddDays(4),
            Stage = ReviewStage.InformationGathering,
            Decision = ReviewDecision.Hold,
            DecisionDate = today.AddMonths(1 - monthsAgo),
            DecisionRationale = "Meets the statutory criteria (synthetic).",
            HomeOfficeNotifiedDate = today.AddMonths(1 - monthsAgo),
            CreatedByUserId = "e2e",
        };
        shape?.Invoke(review);
        db.Reviews.Add(review);
        if (more is not null)
        {
            await more(db, review);
        }

        await db.SaveChangesAsync();
        return review;
    }
}
