using System.Text.Json;
using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.People;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.People;

public sealed class PeopleServiceTests
{
    private const string RealName = "Synthetic Realname Example";

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_real_name_reaches_a_coordinator_but_not_a_manager_or_member_of_the_panel(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        await PanelAccessTests.AddVictimAsync(c.Db, c.Sat, "Adult A", RealName);

        foreach (var (user, sees) in new[] { (c.Coordinator, true), (c.Manager, false), (c.PanelMember, false) })
        {
            c.Db.SignInAs(user);
            var people = await c.Db.Get<PeopleReader>().GetAsync(c.Sat);

            // Serialised as a client would receive it: the name must be nowhere in it, not just in one property.
            var json = JsonSerializer.Serialize(people);
            Assert.Equal(sees, json.Contains(RealName));
            Assert.Equal(sees, !people!.IsRestricted(SensitiveFact.RealName));
        }
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Others_cannot_set_or_erase_the_real_name(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var id = await PanelAccessTests.AddVictimAsync(c.Db, c.Sat, "Adult A", RealName);

        c.Db.SignInAs(c.PanelMember);
        var mine = (await c.Db.Get<PeopleReader>().GetAsync(c.Sat))!.Victims.Single().Details;
        mine.AgeAtDeath = 41;
        Assert.True((await c.Db.Get<VictimService>().UpdateAsync(c.Sat, id, mine)).Succeeded);
        var added = await c.Db.Get<VictimService>().AddAsync(c.Sat, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult B", AgeAtDeath = 30, RealName = "Another Name" });

        await using var context = c.Db.NewContext();
        var victims = await context.Victims.OrderBy(v => v.Pseudonym).ToListAsync();
        Assert.Equal([(RealName, 41), (null, 30)], victims.Select(v => (v.RealName, v.AgeAtDeath)));
        Assert.True(added.Succeeded);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_age_under_16_is_refused_naming_the_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;

        var result = await c.Db.Get<VictimService>().AddAsync(c.Sat, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult A", AgeAtDeath = 15 });

        Assert.Equal(nameof(VictimInput.AgeAtDeath), Assert.Single(result.Errors).Field);
        await using var context = c.Db.NewContext();
        Assert.Equal(0, await context.Victims.CountAsync());
        Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.EntityType == nameof(Victim)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_relationship_with_someone_of_another_review_is_refused(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var victim = await PanelAccessTests.AddVictimAsync(c.Db, c.Sat, "Adult A");
        var elsewhere = (await c.Db.Get<PerpetratorService>().AddAsync(c.NotSat, new PerpetratorInput { Pseudonym = "Adult B" })).Value;

        var result = await c.Db.Get<RelationshipService>().AddAsync(c.Sat,
            new RelationshipInput { VictimId = victim, PerpetratorId = elsewhere, Kind = RelationshipKind.Partner });

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(RelationshipInput.PerpetratorId), "Choose a perpetrator of this review."), (error.Field, error.Message));
        await using var context = c.Db.NewContext();
        Assert.Equal(0, await context.Relationships.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_recorded_relationship_is_never_overwritten_in_place(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var victim = await PanelAccessTests.AddVictimAsync(c.Db, c.Sat, "Adult A");
        var perpetrator = (await c.Db.Get<PerpetratorService>().AddAsync(c.Sat, new PerpetratorInput { Pseudonym = "Adult B" })).Value;
        var relationships = c.Db.Get<RelationshipService>();
        Assert.True((await relationships.AddAsync(c.Sat, new RelationshipInput { VictimId = victim, PerpetratorId = perpetrator, Kind = RelationshipKind.ExPartner })).Succeeded);

        var again = await relationships.AddAsync(c.Sat, new RelationshipInput { VictimId = victim, PerpetratorId = perpetrator, Kind = RelationshipKind.Sibling });

        var error = Assert.Single(again.Errors);
        Assert.Equal((nameof(RelationshipInput.Kind), "This relationship is already recorded as ex-partner. Remove it first to record a different one."),
            (error.Field, error.Message));
        await using var context = c.Db.NewContext();
        Assert.Equal(RelationshipKind.ExPartner, (await context.Relationships.SingleAsync()).Kind);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_perpetrator_still_in_a_relationship_cannot_be_removed(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var victim = await PanelAccessTests.AddVictimAsync(c.Db, c.Sat, "Adult A");
        var perpetrator = (await c.Db.Get<PerpetratorService>().AddAsync(c.Sat, new PerpetratorInput { Pseudonym = "Adult B" })).Value;
        await c.Db.Get<RelationshipService>().AddAsync(c.Sat, new RelationshipInput { VictimId = victim, PerpetratorId = perpetrator, Kind = RelationshipKind.ExPartner });
        var version = (await c.Db.Get<PeopleReader>().GetAsync(c.Sat))!.Perpetrators.Single().Details.Version!.Value;

        var result = await c.Db.Get<PerpetratorService>().RemoveAsync(c.Sat, perpetrator, version);

        var error = Assert.Single(result.Errors);
        Assert.Equal("PerpetratorId", error.Field);
        Assert.Contains("Adult B is still in a relationship", error.Message);
        await using var context = c.Db.NewContext();
        Assert.Equal(1, await context.Perpetrators.CountAsync());
        Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.Action == AuditActions.Delete));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_category_is_derived_from_the_stored_relationships(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var reader = c.Db.Get<PeopleReader>();
        Assert.Null((await reader.GetAsync(c.Sat))!.Classification.Category);

        // A woman and her new partner killed by her ex-partner.
        var woman = await PanelAccessTests.AddVictimAsync(c.Db, c.Sat, "Adult A");
        var newPartner = await PanelAccessTests.AddVictimAsync(c.Db, c.Sat, "Adult B");
        var ex = (await c.Db.Get<PerpetratorService>().AddAsync(c.Sat, new PerpetratorInput { Pseudonym = "Adult C" })).Value;
        var relationships = c.Db.Get<RelationshipService>();
        await relationships.AddAsync(c.Sat, new RelationshipInput { VictimId = newPartner, PerpetratorId = ex, Kind = RelationshipKind.OtherNonRelative });
        Assert.Equal(ReviewCategory.Other, (await reader.GetAsync(c.Sat))!.Classification.Category);
        await relationships.AddAsync(c.Sat, new RelationshipInput { VictimId = woman, PerpetratorId = ex, Kind = RelationshipKind.ExPartner });

        var people = await reader.GetAsync(c.Sat);
        Assert.Equal(new ReviewClassification(ReviewCategory.Partner, false), people!.Classification);
        Assert.Equal(2, people.Relationships.Count);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_stale_edit_is_refused_and_the_other_change_kept(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var id = await PanelAccessTests.AddVictimAsync(c.Db, c.Sat, "Adult A");
        var reader = c.Db.Get<PeopleReader>();
        var mine = (await reader.GetAsync(c.Sat))!.Victims.Single().Details;
        var theirs = (await reader.GetAsync(c.Sat))!.Victims.Single().Details;
        theirs.AgeAtDeath = 50;
        Assert.True((await c.Db.Get<VictimService>().UpdateAsync(c.Sat, id, theirs)).Succeeded);

        mine.AgeAtDeath = 60;
        var result = await c.Db.Get<VictimService>().UpdateAsync(c.Sat, id, mine);

        Assert.Contains("Someone else changed this record", Assert.Single(result.Errors).Message);
        await using var context = c.Db.NewContext();
        Assert.Equal(50, (await context.Victims.SingleAsync()).AgeAtDeath);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Circumstances_are_saved_then_updated_against_the_loaded_version(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var service = c.Db.Get<CircumstancesService>();
        Assert.True((await service.SaveAsync(c.Sat, new CircumstancesInput { CauseOfDeath = CauseOfDeath.Arson, ChildrenInHousehold = 2 })).Succeeded);

        var loaded = (await c.Db.Get<PeopleReader>().GetAsync(c.Sat))!.Circumstances;
        Assert.Equal((CauseOfDeath.Arson, 2), (loaded.CauseOfDeath, loaded.ChildrenInHousehold));
        loaded.CoerciveControl = true;
        Assert.True((await service.SaveAsync(c.Sat, loaded)).Succeeded);

        // A second "first save" from a form opened before the first one must not overwrite it.
        var stale = await service.SaveAsync(c.Sat, new CircumstancesInput { CauseOfDeath = CauseOfDeath.Unknown });
        Assert.False(stale.Succeeded);
        var negative = await service.SaveAsync(c.Sat, new CircumstancesInput { Version = loaded.Version, ChildrenInHousehold = -1 });
        Assert.Equal(nameof(CircumstancesInput.ChildrenInHousehold), Assert.Single(negative.Errors).Field);
        await using var context = c.Db.NewContext();
        var saved = await context.Circumstances.SingleAsync();
        Assert.Equal((CauseOfDeath.Arson, true), (saved.CauseOfDeath, saved.CoerciveControl));
    }
}
