using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using static DhrTracker.IntegrationTests.Infrastructure.CaseFile;

namespace DhrTracker.IntegrationTests.Reviews;

/// <summary>The reviews list names each review's victims by pseudonym, its category and its chair (issue 16, ADR 0383).</summary>
public sealed class ReviewListColumnsTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_row_shows_the_victims_pseudonyms_the_category_and_the_chair_seated_on_the_panel(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A", "A DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        var chair = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        var member = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        db.SignInAs(coordinator);
        var full = await NewReviewAsync(db, "A DHR1");
        var bare = await NewReviewAsync(db, "A DHR2");
        var victims = db.Get<VictimService>();
        var wren = Ok(await victims.AddAsync(full, new VictimInput
        {
            PseudonymChoice = PseudonymChoice.ChosenByPanel,
            Pseudonym = "Adult Wren",
            AgeAtDeath = 61,
            RealName = "Restricted Sample Name",
        }));
        var kestrel = Ok(await victims.AddAsync(full, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult Kestrel", AgeAtDeath = 34 }));
        var heron = Ok(await db.Get<PerpetratorService>().AddAsync(full, new PerpetratorInput { Pseudonym = "Adult Heron" }));
        var relationships = db.Get<RelationshipService>();
        Ok(await relationships.AddAsync(full, new RelationshipInput { VictimId = wren, PerpetratorId = heron, Kind = RelationshipKind.Parent }));
        Ok(await relationships.AddAsync(full, new RelationshipInput { VictimId = kestrel, PerpetratorId = heron, Kind = RelationshipKind.ExPartner }));
        var panel = db.Get<PanelService>();
        Ok(await panel.AddAsync(full, new PanelMemberInput { UserId = member, Role = PanelRole.Member }));
        Ok(await panel.AddAsync(full, new PanelMemberInput { UserId = chair, Role = PanelRole.Chair }));
        await using (var context = db.NewContext())
        {
            await context.Users.Where(u => u.Id == chair).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "Synthetic Panel Chair"));
            // The typed field is not the list's source: the panel is (a later change makes it the only one).
            await context.Reviews.Where(r => r.Id == bare).ExecuteUpdateAsync(r => r.SetProperty(x => x.IndependentChair, "Typed Chair Field"));
        }

        var items = (await db.Get<ReviewService>().ListAsync(new ReviewQuery(), new PageRequest(0, 25, nameof(ReviewListItem.Reference)))).Items;

        // A partner relationship outranks a familial one (ReviewCategoryRules), and pseudonyms are alphabetical.
        Assert.Equal(("A DHR1", "Adult Kestrel, Adult Wren", (ReviewCategory?)ReviewCategory.Partner, "Synthetic Panel Chair"),
            (items[0].Reference, items[0].Victims, items[0].Category, items[0].Chair));
        Assert.Equal(("A DHR2", "", (ReviewCategory?)null, ReviewListItem.NoChair), (items[1].Reference, items[1].Victims, items[1].Category, items[1].Chair));
        Assert.Equal("Not appointed", ReviewListItem.NoChair);
        Assert.DoesNotContain(items, i => i.Victims.Contains("Restricted", StringComparison.Ordinal));
    }

    /// <summary>The SQL Server run above is skipped on this machine; here the page's statements are parsed as T-SQL instead.</summary>
    [Fact]
    public async Task A_page_is_read_in_one_valid_T_SQL_statement()
    {
        var statements = new SqlServerStatements();
        await using var db = statements.NewContext();

        await ReviewListRows.ReadAsync(db, db.Reviews.AsNoTracking(), new PageRequest(0, 25, nameof(ReviewListItem.DueDate)), new DateOnly(2026, 11, 26), 28,
            CancellationToken.None);

        Assert.Single(statements.Sent);
        Assert.Empty(statements.Unparsable());
    }
}
