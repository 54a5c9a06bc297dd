using DhrTracker.Core.Data;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Demo;

/// <summary>Synthetic people for the demo reviews, one of each Home Office category. Pseudonyms only; no real names.</summary>
internal static class DemoPeople
{
    public static void Add(AppDbContext db, IReadOnlyList<Review> r)
    {
        // DHR1: a woman killed by her ex-partner (partner).
        var a = Victim(r[0], "Adult A", 42, Sex.Female);
        var b = Perpetrator(r[0], "Adult B", 45, Sex.Male, CourtOutcome.Murder);
        Link(db, r[0], a, b, RelationshipKind.ExPartner);

        // DHR2: two parents killed by their son (familial); the son was their carer.
        var c = Victim(r[1], "Adult C", 71, Sex.Female);
        var d = Victim(r[1], "Adult D", 74, Sex.Male);
        d.CarerRole = CarerRole.WasCaredFor;
        var e = Perpetrator(r[1], "Adult E", 38, Sex.Male, CourtOutcome.ManslaughterDiminishedResponsibility);
        e.MentalHealth = true;
        Link(db, r[1], c, e, RelationshipKind.Parent);
        Link(db, r[1], d, e, RelationshipKind.Parent);

        // DHR3: a woman and her new partner killed by her ex-partner (partner).
        var f = Victim(r[2], "Adult F", 29, Sex.Female);
        f.RealName = "Example Name One (synthetic)";
        var g = Victim(r[2], "Adult G", 31, Sex.Male);
        var h = Perpetrator(r[2], "Adult H", 33, Sex.Male, CourtOutcome.Pending);
        h.PreviousOffending = true;
        Link(db, r[2], f, h, RelationshipKind.ExPartner);
        Link(db, r[2], g, h, RelationshipKind.OtherNonRelative);
        db.Circumstances.Add(new Circumstances
        {
            ReviewId = r[2].Id,
            CauseOfDeath = CauseOfDeath.SharpInstrument,
            Location = DeathLocation.Residential,
            CoerciveControl = true,
            Stalking = true,
            Separation = true,
            ChildrenInHousehold = 2,
            ChildrenPresent = false,
        });

        // DHR4: a young woman's death by suicide after abuse by her partner.
        var j = Victim(r[3], "Adult J", 24, Sex.Female);
        j.DeathType = DeathType.Suicide;
        var k = Perpetrator(r[3], "Adult K", 27, Sex.Male, CourtOutcome.Unknown);
        Link(db, r[3], j, k, RelationshipKind.Partner);

        // DHR5, notified days ago: the victim recorded when the review was logged; who killed her is not yet recorded.
        var n = Victim(r[4], "Adult L", 47, Sex.Female);

        // Eastvale DHR1: a lodger killed by another member of the household (household).
        var l = Victim(r[5], "Adult A", 55, Sex.Male);
        var m = Perpetrator(r[5], "Adult B", 49, Sex.Male, CourtOutcome.Manslaughter);
        Link(db, r[5], l, m, RelationshipKind.HouseholdMember);

        db.Victims.AddRange(a, c, d, f, g, j, n, l);
        db.Perpetrators.AddRange(b, e, h, k, m);
    }

    internal static Victim Victim(Review review, string pseudonym, int age, Sex sex) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = review.Id,
        Pseudonym = pseudonym,
        AgeAtDeath = age,
        Sex = sex,
        GenderIdentity = GenderIdentity.SameAsSexAtBirth,
        Ethnicity = Ethnicity.WhiteBritish,
    };

    internal static Perpetrator Perpetrator(Review review, string pseudonym, int age, Sex sex, CourtOutcome outcome) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = review.Id,
        Pseudonym = pseudonym,
        Age = age,
        Sex = sex,
        CourtOutcome = outcome,
        GenderIdentity = GenderIdentity.SameAsSexAtBirth,
        Ethnicity = Ethnicity.WhiteBritish,
    };

    internal static void Link(AppDbContext db, Review review, Victim v, Perpetrator p, RelationshipKind kind) =>
        db.Relationships.Add(new Relationship { Id = Guid.NewGuid(), ReviewId = review.Id, VictimId = v.Id, PerpetratorId = p.Id, Kind = kind });
}
