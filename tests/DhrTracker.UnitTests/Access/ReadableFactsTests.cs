using DhrTracker.Core.Access;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Access;

/// <summary>
/// Who reads the sensitive person facts of one review (R4): Coordinators and the review's chair and author, nobody else;
/// the family's names and contact details only Coordinators and the chair (issue 14).
/// </summary>
public sealed class ReadableFactsTests
{
    private const int Home = 1;

    private static Review Seated(string userId, PanelRole role, int partnership = Home) =>
        new() { PartnershipId = partnership, Panel = [new PanelMembership { UserId = userId, Role = role }] };

    private static CurrentUser User(string role, int? partnership = Home) => new("user-1", role, new HashSet<string> { role }, partnership);

    public static TheoryData<string, PanelRole?, string> Cases => new()
    {
        // role, seat on the review (null: none), what it reads: every sensitive fact, all but the family's identity, or none
        { Roles.Coordinator, null, "all" },
        { Roles.PanelMember, PanelRole.Chair, "all" },
        { Roles.PanelMember, PanelRole.Author, "all but the family" },
        { Roles.PanelMember, PanelRole.Member, "none" },
        { Roles.Manager, null, "none" },
        { Roles.Manager, PanelRole.Member, "none" },
        { Roles.Manager, PanelRole.Chair, "all" },
        { Roles.AgencyLead, null, "none" },
        { Roles.Administrator, null, "none" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_capacity_reads_the_sensitive_facts_its_part_in_the_review_needs(string role, PanelRole? seat, string reads)
    {
        var review = seat is { } s ? Seated("user-1", s) : new Review { PartnershipId = Home, Panel = [] };

        var readable = ReviewAccess.ReadableFacts(User(role), review);

        var all = Enum.GetValues<SensitiveFact>();
        SensitiveFact[] expected = reads switch
        {
            "all" => all,
            "all but the family" => [.. all.Where(f => f != SensitiveFact.FamilyIdentity)],
            _ => [],
        };
        Assert.Equal(expected, readable.Order());
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
