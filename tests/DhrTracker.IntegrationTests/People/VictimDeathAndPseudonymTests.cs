using DhrTracker.Core.People;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.People;

/// <summary>
/// Issue 13 items 8 and 14 on both databases: how a victim died and how their pseudonym was chosen are
/// stored and read back; the choice is required for a new victim only; the added vocabulary saves.
/// </summary>
public sealed class VictimDeathAndPseudonymTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_new_victim_without_how_the_pseudonym_was_chosen_is_refused_and_nothing_saved(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;

        var input = new VictimInput { Pseudonym = "Jo", AgeAtDeath = 30, DeathType = DeathType.Suicide };
        var result = await c.Db.Get<VictimService>().AddAsync(c.Sat, input);

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(VictimInput.PseudonymChoice), VictimInputValidator.MissingPseudonymChoice), (error.Field, error.Message));
        Assert.Equal(("Jo", DeathType.Suicide), (input.Pseudonym, input.DeathType));
        await using var context = c.Db.NewContext();
        Assert.Equal(0, await context.Victims.CountAsync());
        Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.EntityType == nameof(Victim)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Type_of_death_and_pseudonym_choice_are_read_back_and_only_suicide_flags_a_suicide_case(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var victims = c.Db.Get<VictimService>();
        var reader = c.Db.Get<PeopleReader>();

        Assert.True((await victims.AddAsync(c.Sat, new VictimInput
        {
            Pseudonym = "Jo",
            AgeAtDeath = 52,
            DeathType = DeathType.UnexpectedDeath,
            PseudonymChoice = PseudonymChoice.AgreedWithFamily,
        })).Succeeded);
        var people = (await reader.GetAsync(c.Sat))!;
        var jo = Assert.Single(people.Victims).Details;
        Assert.Equal((DeathType.UnexpectedDeath, PseudonymChoice.AgreedWithFamily), (jo.DeathType, jo.PseudonymChoice));
        Assert.False(people.Classification.IsSuicide);

        Assert.True((await victims.AddAsync(c.Sat, new VictimInput
        {
            Pseudonym = "Sam",
            AgeAtDeath = 24,
            DeathType = DeathType.Suicide,
            PseudonymChoice = PseudonymChoice.FamilyDeclined,
        })).Succeeded);
        Assert.True((await reader.GetAsync(c.Sat))!.Classification.IsSuicide);
        await using var context = c.Db.NewContext();
        Assert.Equal([("Jo", DeathType.UnexpectedDeath), ("Sam", DeathType.Suicide)],
            (await context.Victims.OrderBy(v => v.Pseudonym).ToListAsync()).Select(v => (v.Pseudonym, v.DeathType)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_victim_recorded_before_the_choice_was_asked_is_edited_without_it(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        await using (var context = c.Db.NewContext())
        {
            // As an import or an earlier version of the app left it: no choice recorded.
            context.Victims.Add(new Victim { Id = Guid.NewGuid(), ReviewId = c.Sat, Pseudonym = "Adult A", AgeAtDeath = 40 });
            await context.SaveChangesAsync();
        }

        var details = Assert.Single((await c.Db.Get<PeopleReader>().GetAsync(c.Sat))!.Victims);
        Assert.Null(details.Details.PseudonymChoice);
        details.Details.AgeAtDeath = 41;
        var result = await c.Db.Get<VictimService>().UpdateAsync(c.Sat, details.Id, details.Details);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var check = c.Db.NewContext();
        var saved = await check.Victims.SingleAsync();
        Assert.Equal((41, (PseudonymChoice?)null, DeathType.Homicide), (saved.AgeAtDeath, saved.PseudonymChoice, saved.DeathType));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_added_relationship_cause_and_outcome_values_are_saved_and_grouped(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var victim = await PanelAccessTests.AddVictimAsync(c.Db, c.Sat, "Jo");
        var perpetrator = (await c.Db.Get<PerpetratorService>().AddAsync(c.Sat,
            new PerpetratorInput { Pseudonym = "Sam", CourtOutcome = CourtOutcome.UnfitToPlead })).Value;
        Assert.True((await c.Db.Get<RelationshipService>().AddAsync(c.Sat,
            new RelationshipInput { VictimId = victim, PerpetratorId = perpetrator, Kind = RelationshipKind.HalfSibling })).Succeeded);
        Assert.True((await c.Db.Get<CircumstancesService>().SaveAsync(c.Sat,
            new CircumstancesInput { CauseOfDeath = CauseOfDeath.CarbonMonoxidePoisoning })).Succeeded);

        var people = (await c.Db.Get<PeopleReader>().GetAsync(c.Sat))!;

        Assert.Equal(ReviewCategory.Familial, people.Classification.Category);
        Assert.Equal(RelationshipKind.HalfSibling, Assert.Single(people.Relationships).Kind);
        Assert.Equal(CourtOutcome.UnfitToPlead, Assert.Single(people.Perpetrators).Details.CourtOutcome);
        Assert.Equal(CauseOfDeath.CarbonMonoxidePoisoning, people.Circumstances.CauseOfDeath);
    }
}
