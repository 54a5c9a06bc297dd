using DhrTracker.Core.Family;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// A review's family and network written straight to the database (no audit or timeline rows): a sister with a real name,
/// named in one contact of the log, and a friend named in none (so can be removed).
/// </summary>
public static class FamilySeed
{
    public const string SisterRealName = "Sample Realname";
    public static readonly DateOnly Contacted = new(2026, 11, 2);

    public static async Task<(Guid Sister, Guid Friend, Guid Contact)> SeedAsync(TestDatabase db, Guid reviewId)
    {
        await using var context = db.NewContext();
        var sister = new FamilyMember
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Role = NetworkRole.Sibling,
            Pseudonym = "Sister S",
            RealName = SisterRealName,
            ContactDetails = "01632 960000",
            Consent = ContactConsent.Given,
        };
        var friend = new FamilyMember { Id = Guid.NewGuid(), ReviewId = reviewId, Role = NetworkRole.Friend, Pseudonym = "Friend F" };
        var contact = new InvolvementEntry
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            FamilyMemberId = sister.Id,
            Step = InvolvementStep.Contact,
            On = Contacted,
            Method = ContactRoute.Phone,
            Notes = "Agreed to meet the chair.",
        };
        context.AddRange(sister, friend, contact);
        await context.SaveChangesAsync();
        return (sister.Id, friend.Id, contact.Id);
    }
}
