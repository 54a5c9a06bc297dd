using DhrTracker.Core.Panel;

namespace DhrTracker.IntegrationTests.Findings;

/// <summary>Seats a panel member on a review's panel (issue 4's panel membership table).</summary>
public static class PanelSeats
{
    public static async Task SeatAsync(TestDatabase db, Guid reviewId, string userId)
    {
        await using var context = db.NewContext();
        context.PanelMemberships.Add(new PanelMembership { Id = Guid.NewGuid(), ReviewId = reviewId, UserId = userId, Role = PanelRole.Member });
        await context.SaveChangesAsync();
    }
}
