using DhrTracker.Core.Identity;
using DhrTracker.Core.National;
using DhrTracker.Core.People;
using static DhrTracker.IntegrationTests.Infrastructure.CaseFile;

namespace DhrTracker.IntegrationTests.National;

/// <summary>
/// A small register built by hand through the real services, compared with the shipped national data:
/// the local counts and bases are the ones written below, and reviews not passed in are not counted.
/// </summary>
public sealed class NationalComparisonTests
{
    private sealed record Person(int Age, Sex Sex, RelationshipKind Kind);

    private static async Task<Guid> ReviewAsync(TestDatabase db, string reference, CircumstancesInput? circumstances, params Person[] victims)
    {
        var review = await NewReviewAsync(db, reference);
        var perpetrator = Ok(await db.Get<PerpetratorService>().AddAsync(review, new PerpetratorInput { Pseudonym = "Adult P" }));
        var n = 0;
        foreach (var v in victims)
        {
            var victim = Ok(await db.Get<VictimService>().AddAsync(review, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = $"Adult V{++n}", AgeAtDeath = v.Age, Sex = v.Sex }));
            Ok(await db.Get<RelationshipService>().AddAsync(review, new RelationshipInput { VictimId = victim, PerpetratorId = perpetrator, Kind = v.Kind }));
        }

        if (circumstances is not null)
        {
            Ok(await db.Get<CircumstancesService>().SaveAsync(review, circumstances));
        }

        return review;
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Local_counts_with_their_bases_sit_beside_the_national_figures(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Northbridge CSP");
        db.SignInAs(await db.CreateUserAsync(Roles.Administrator, null));
        Assert.True((await db.Get<NationalDataService>().LoadShippedAsync()).Succeeded);
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Northbridge CSP"));

        // Partner (a partner victim outranks a parent victim), familial, household (no circumstances row), and one left out.
        var partner = await ReviewAsync(db, "NB 1", new CircumstancesInput { CoerciveControl = true, PhysicalAbuse = true, ChildrenPresent = true },
            new Person(34, Sex.Female, RelationshipKind.Partner), new Person(61, Sex.Female, RelationshipKind.Parent));
        var familial = await ReviewAsync(db, "NB 2", new CircumstancesInput { Stalking = true, ChildrenPresent = false },
            new Person(19, Sex.Male, RelationshipKind.Sibling));
        var household = await ReviewAsync(db, "NB 3", null, new Person(70, Sex.NotKnown, RelationshipKind.HouseholdMember));
        var leftOut = await ReviewAsync(db, "NB 4", new CircumstancesInput { CoerciveControl = true, ChildrenPresent = true },
            new Person(25, Sex.Female, RelationshipKind.Partner));
        Guid[] compared = [partner, familial, household];
        Assert.DoesNotContain(leftOut, compared);

        await using var context = db.NewContext();
        var table = await NationalComparison.CompareAsync(context, context.Reviews.Where(r => compared.Contains(r.Id)).Select(r => r.Id));
        var rows = table.Rows.ToDictionary(r => (r.Group, r.Measure));
        Share Local(string group, string measure) => rows[(group, measure)].Local;

        Assert.True(table.HasNational);
        Assert.Equal([new(1, 3), new(1, 3), new(1, 3), new(0, 3)],
            new[] { "Partner", "Familial", "Household", "Other" }.Select(m => Local(NationalComparison.CategoryGroup, m)));
        Assert.Equal(new Share(1, 2), Local(NationalComparison.AbuseGroup, "Coercive control"));
        Assert.Equal(new Share(1, 2), Local(NationalComparison.AbuseGroup, "Physical abuse"));
        Assert.Equal(new Share(1, 2), Local(NationalComparison.AbuseGroup, "Stalking"));
        Assert.Equal(new Share(0, 2), Local(NationalComparison.AbuseGroup, "Economic abuse"));
        Assert.Equal(new Share(1, 2), Local(NationalComparison.AbuseGroup, "Children present"));
        Assert.Equal(50.0m, Local(NationalComparison.AbuseGroup, "Coercive control").Percent);
        Assert.Equal([new(2, 3), new(1, 3), new(0, 3)],
            new[] { "Female", "Male", "Other" }.Select(m => Local(NationalComparison.SexGroup, m)));
        Assert.Equal([new(1, 4), new(0, 4), new(1, 4), new(0, 4), new(0, 4), new(1, 4), new(1, 4)],
            new[] { "16-19", "20-24", "25-34", "35-44", "45-54", "55-64", "65+" }.Select(m => Local(NationalComparison.AgeGroup, m)));

        // The national side of a few rows, from the shipped files (487 and 153 of 647 incidents; 469 of 614 victims of known sex).
        Assert.Equal(new Share(487, 647), rows[(NationalComparison.CategoryGroup, "Partner")].National);
        Assert.Equal(new Share(153, 647), rows[(NationalComparison.CategoryGroup, "Familial")].National);
        Assert.Null(rows[(NationalComparison.CategoryGroup, "Household")].National);
        Assert.Equal(new Share(469, 614), rows[(NationalComparison.SexGroup, "Female")].National);
        Assert.Equal(4 + 11 + 3 + 7, table.Rows.Count);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_review_of_only_other_non_relatives_is_other_not_household_and_has_no_national_figure(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Northbridge CSP");
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Northbridge CSP"));
        var friend = await ReviewAsync(db, "NB 1", null, new Person(30, Sex.Female, RelationshipKind.OtherNonRelative));
        var lodger = await ReviewAsync(db, "NB 2", null, new Person(45, Sex.Male, RelationshipKind.HouseholdMember),
            new Person(50, Sex.Male, RelationshipKind.OtherNonRelative));

        await using var context = db.NewContext();
        Guid[] compared = [friend, lodger];
        var table = await NationalComparison.CompareAsync(context, context.Reviews.Where(r => compared.Contains(r.Id)).Select(r => r.Id));
        var rows = table.Rows.Where(r => r.Group == NationalComparison.CategoryGroup).ToDictionary(r => r.Measure);

        Assert.Equal([new(0, 2), new(0, 2), new(1, 2), new(1, 2)],
            new[] { "Partner", "Familial", "Household", "Other" }.Select(m => rows[m].Local));
        Assert.Null(rows["Other"].National);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task No_reviews_and_no_national_data_give_empty_bases_and_no_percentages(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var context = db.NewContext();

        var table = await NationalComparison.CompareAsync(context, context.Reviews.Select(r => r.Id));

        Assert.False(table.HasNational);
        Assert.All(table.Rows, r => Assert.Equal((0, 0, null, null), (r.Local.Count, r.Local.Base, r.Local.Percent, r.National)));
    }
}
