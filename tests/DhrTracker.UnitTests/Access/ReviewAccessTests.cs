using DhrTracker.Core.Access;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Access;

/// <summary>The in-memory checks of <see cref="ReviewAccess"/>, role by role; the query side is tested on real databases.</summary>
public sealed class ReviewAccessTests
{
    private const int Home = 1;
    private static readonly Review Sat = new() { PartnershipId = Home, Panel = [new PanelMembership { UserId = "panel-1" }] };
    private static readonly Review NotSat = new() { PartnershipId = Home, Panel = [] };

    private static CurrentUser User(string role, string id = "panel-1", int? partnership = Home) =>
        new(id, role, new HashSet<string> { role }, partnership);

    public static TheoryData<string, bool, bool, bool, bool> Matrix => new()
    {
        // role, read sat-on, read not-sat-on, work on sat-on, real names
        { Roles.Coordinator, true, true, true, true },
        { Roles.Manager, true, true, false, false },
        { Roles.PanelMember, true, false, true, false },
        { Roles.AgencyLead, false, false, false, false },
        { Roles.Administrator, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Each_role_gets_exactly_its_access(string role, bool readSat, bool readNotSat, bool workOn, bool realNames)
    {
        var user = User(role);
        Assert.Equal(readSat, ReviewAccess.CanRead(user, Sat));
        Assert.Equal(readNotSat, ReviewAccess.CanRead(user, NotSat));
        Assert.Equal(workOn, ReviewAccess.CanWorkOn(user, Sat));
        Assert.Equal(realNames, ReviewAccess.ReadableFacts(user, Sat).Contains(SensitiveFact.RealName));
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.PanelMember)]
    [InlineData(Roles.Manager)]
    public void Nobody_reaches_another_partnerships_review(string role) => Assert.False(ReviewAccess.CanRead(User(role, partnership: 2), Sat));

    [Fact]
    public void A_panel_seat_of_someone_else_grants_nothing() => Assert.False(ReviewAccess.CanRead(User(Roles.PanelMember, "panel-2"), Sat));

    [Fact]
    public void Only_the_partnerships_administrator_keeps_its_agency_register()
    {
        Assert.True(ReviewAccess.CanManageAgencies(User(Roles.Administrator), Home));
        Assert.False(ReviewAccess.CanManageAgencies(User(Roles.Administrator), 2));
        Assert.False(ReviewAccess.CanManageAgencies(User(Roles.Coordinator), Home));
    }
}
