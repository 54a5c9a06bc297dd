using Bogus;
using DhrTracker.Core.National;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Synthetic;

/// <summary>
/// A synthetic review's people and circumstances, copied from the national incident it is drawn on: the victim's sex,
/// age band and relationship, the perpetrator's sex and verdict, and the incident's abuse flags. Pseudonyms come from
/// Bogus and say "(synthetic)", so no one could take them for a person.
/// </summary>
internal static class SyntheticPeople
{
    /// <summary>A second victim of a multiple-victim incident is a bystander or new partner, so the category stays the first victim's.</summary>
    private const RelationshipKind SecondVictim = RelationshipKind.OtherNonRelative;

    public static IReadOnlyList<Victim> Add(SyntheticRows rows, Review review, NationalCase drawn, NationalProfile profile, Random random, Faker faker)
    {
        // The file has victims only for single-victim incidents: a multiple-victim one takes two victims drawn from the file.
        var first = drawn.Victim ?? Pick(profile.Victims, random);
        var victims = new List<(Victim Victim, RelationshipKind Kind)> { (Victim(review, first, profile, random, faker), Kind(first, profile, random)) };
        if (drawn.Incident.MultipleVictims == true)
        {
            victims.Add((Victim(review, Pick(profile.Victims, random), profile, random, faker), SecondVictim));
        }

        var perpetrator = Perpetrator(review, drawn, random, faker);
        rows.Add(perpetrator);
        foreach (var (victim, kind) in victims)
        {
            rows.Add(victim);
            rows.Add(new Relationship { Id = random.NextGuid(), ReviewId = review.Id, VictimId = victim.Id, PerpetratorId = perpetrator.Id, Kind = kind });
        }

        rows.Add(Circumstances(review, drawn.Incident, random));
        return victims.Select(v => v.Victim).ToList();
    }

    private static Victim Victim(Review review, NationalVictim national, NationalProfile profile, Random random, Faker faker)
    {
        var band = national.AgeBand ?? Pick(profile.KnownAges, random).AgeBand!;
        var sex = HomeOfficeWording.SexOf(national.Sex);
        return new Victim
        {
            Id = random.NextGuid(),
            ReviewId = review.Id,
            Pseudonym = Pseudonym(faker, sex),
            PseudonymChoice = PseudonymChoice.ChosenByPanel,
            AgeAtDeath = HomeOfficeWording.AgeIn(band, random),
            Sex = sex,
            DeathType = national.DiedBySuicide == true ? DeathType.Suicide : DeathType.Homicide,
        };
    }

    private static RelationshipKind Kind(NationalVictim national, NationalProfile profile, Random random) =>
        HomeOfficeWording.Relationship(national.Relationship)
        ?? HomeOfficeWording.Relationship(Pick(profile.KnownRelationships, random).Relationship)!.Value;

    private static Perpetrator Perpetrator(Review review, NationalCase drawn, Random random, Faker faker)
    {
        var sex = HomeOfficeWording.SexOf(drawn.Perpetrator?.Sex);
        var suicide = drawn.Incident.HomicideSuicide == true;
        // Before the report is drafted the trial has usually not ended; after it, the verdict is the national one.
        var outcome = suicide ? CourtOutcome.NoProsecution
            : review.Stage < ReviewStage.Drafting || review.Stage == ReviewStage.NotProceeding ? CourtOutcome.Pending
            : HomeOfficeWording.Verdict(drawn.Perpetrator?.CourtVerdict);
        return new Perpetrator
        {
            Id = random.NextGuid(),
            ReviewId = review.Id,
            Pseudonym = Pseudonym(faker, sex),
            Sex = sex,
            Age = Age(drawn.Perpetrator?.AgeBand, random),
            CourtOutcome = outcome,
            PerpetratorSuicide = suicide,
        };
    }

    /// <summary>An age inside a perpetrator's band ("20-34", "65+"); null when the file does not say.</summary>
    private static int? Age(string? band, Random random)
    {
        var parts = band?.TrimEnd('+').Split('-');
        if (parts is null || !int.TryParse(parts[0], out var low))
        {
            return null;
        }

        var high = parts.Length > 1 && int.TryParse(parts[1], out var h) ? h : low + 20;
        return random.Next(low, high + 1);
    }

    private static Circumstances Circumstances(Review review, NationalIncident i, Random random) => new()
    {
        ReviewId = review.Id,
        CoerciveControl = i.CoerciveControl == true,
        EconomicAbuse = i.EconomicAbuse == true,
        PhysicalAbuse = i.PhysicalAbuse == true,
        EmotionalAbuse = i.EmotionalAbuse == true,
        SexualAbuse = i.SexualAbuse == true,
        Stalking = i.Stalking == true,
        Separation = i.Separation == true,
        HonourBasedAbuse = i.HonourBasedViolence == true,
        ForcedMarriage = i.ForcedMarriage == true,
        HomicideSuicide = i.HomicideSuicide == true,
        ChildrenPresent = i.ChildrenPresent,
        ChildrenInHousehold = i.ChildrenPresent == true ? random.Next(1, 4) : null,
    };

    private static string Pseudonym(Faker faker, Sex sex)
    {
        var name = sex switch
        {
            Sex.Female => faker.Name.FirstName(Bogus.DataSets.Name.Gender.Female),
            Sex.Male => faker.Name.FirstName(Bogus.DataSets.Name.Gender.Male),
            _ => faker.Name.FirstName(),
        };
        return $"{name} (synthetic)";
    }

    public static T Pick<T>(IReadOnlyList<T> from, Random random) => from[random.Next(from.Count)];

    /// <summary>A id drawn from the seed's stream, so the same seed gives the same ids.</summary>
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
