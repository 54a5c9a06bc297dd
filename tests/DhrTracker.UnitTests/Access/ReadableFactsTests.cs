using DhrTracker.Core.Access;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Access;

/// <summary>Who reads the sensitive person facts of one review (R4): Coordinators and the review's chair and author, nobody else.</summary>
public sealed class ReadableFactsTests
{
    private const int Home = 1;

    private static Review Seated(string userId, PanelRole role, int partnership = Home) =>
        new() { PartnershipId = partnership, Panel = [new PanelMembership { UserId = userId, Role = role }] };

    private static CurrentUser User(string role, int? partnership = Home) => new("user-1", role, new HashSet<string> { role }, partnership);

    public static TheoryData<string, PanelRole?, bool> Cases => new()
    {
        // role, seat on the review (null: none), reads every sensitive fact
        { Roles.Coordinator, null, true },
        { Roles.PanelMember, PanelRole.Chair, true },
        { Roles.PanelMember, PanelRole.Author, true },
        { Roles.PanelMember, PanelRole.Member, false },
        { Roles.Manager, null, false },
        { Roles.Manager, PanelRole.Member, false },
        { Roles.Manager, PanelRole.Chair, true },
        { Roles.AgencyLead, null, false },
        { Roles.Administrator, null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_capacity_reads_all_or_none_of_the_sensitive_facts(string role, PanelRole? seat, bool readsAll)
    {
        var review = seat is { } s ? Seated("user-1", s) : new Review { PartnershipId = Home, Panel = [] };

        var readable = ReviewAccess.ReadableFacts(User(role), review);

        Assert.Equal(readsAll ? Enum.GetValues<SensitiveFact>() : [], readable.Order());
    }

    [Fact]
    public void A_chair_of_another_partnerships_review_reads_nothing() =>
        Assert.Empty(ReviewAccess.ReadableFacts(User(Roles.PanelMember, partnership: 2), Seated("user-1", PanelRole.Chair)));

    [Fact]
    public void Someone_elses_chair_seat_grants_nothing() =>
        Assert.Empty(ReviewAccess.ReadableFacts(User(Roles.PanelMember), Seated("user-2", PanelRole.Chair)));

    [Fact]
    public void A_chair_who_is_no_longer_a_panel_member_reads_nothing() =>
        Assert.Empty(ReviewAccess.ReadableFacts(new CurrentUser("user-1", "x", new HashSet<string>(), Home), Seated("user-1", PanelRole.Chair)));
}
