using System.Text.Json;
using System.Text.Json.Nodes;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.People;

/// <summary>
/// R4, field-level access: the sensitive facts of people reach the partnership's Coordinators and the
/// review's chair and author, nobody else, and a save by someone else never loses them.
/// </summary>
public sealed class SensitiveFactsAccessTests
{
    private const string RealName = "Synthetic Person Forename Surname";
    private const string OffendingHistory = "Synthetic note: two earlier harassment convictions";
    private const string PerpetratorRealName = "Synthetic Other Forename Surname";

    // Written from the list, not from the code: every stored property that holds a sensitive fact.
    private static readonly string[] SensitiveVictimProperties =
        ["RealName", "MentalHealth", "Disability", "PhysicalDisability", "Neurodiversity", "Alcohol", "SubstanceMisuse"];

    private static readonly string[] SensitivePerpetratorProperties =
        ["RealName", "OffendingHistory", "PreviousOffending", "CourtOutcome", "MentalHealth", "Disability", "PhysicalDisability", "Neurodiversity", "Alcohol", "SubstanceMisuse"];

    private static readonly string[] AllFactNames =
        ["RealName", "OffendingHistory", "PreviousOffending", "CourtOutcome", "MentalHealth", "Disability", "Substance"];

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_role_receives_exactly_the_sensitive_facts_the_matrix_allows(DatabaseProvider provider)
    {
        var c = await SeatedReview.CreateAsync(provider);
        await using var _ = c.Reviews.Db;

        // role, may read the sensitive facts (the rule: Coordinators, the review's chair and author)
        (string Who, string UserId, bool Reads)[] cases =
        [
            ("Coordinator", c.Reviews.Coordinator, true),
            ("Review chair", c.Chair, true),
            ("Review author", c.Author, true),
            ("Other panel member", c.Reviews.PanelMember, false),
            ("Manager", c.Reviews.Manager, false),
        ];
        foreach (var (who, userId, reads) in cases)
        {
            c.Reviews.Db.SignInAs(userId);
            var people = await c.Reviews.Db.Get<PeopleReader>().GetAsync(c.Reviews.Sat);
            var json = JsonSerializer.Serialize(people);
            var root = JsonNode.Parse(json)!;

            var victim = root["Victims"]![0]!["Details"]!;
            var perpetrator = root["Perpetrators"]![0]!["Details"]!;
            Assert.True((reads ? SensitiveVictimProperties : []).SequenceEqual(NonNull(victim, SensitiveVictimProperties)), $"{who}: victim {victim}");
            Assert.True((reads ? SensitivePerpetratorProperties : []).SequenceEqual(NonNull(perpetrator, SensitivePerpetratorProperties)),
                $"{who}: perpetrator {perpetrator}");
            Assert.Equal(reads ? [] : AllFactNames, root["Restricted"]!.AsArray().Select(n => n!.GetValue<string>()));

            // Nowhere else in the payload either, under any property name.
            Assert.Equal(reads, json.Contains(RealName));
            Assert.Equal(reads, json.Contains(OffendingHistory));
            Assert.Equal(reads, json.Contains(PerpetratorRealName));
        }
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_lead_receives_no_people_at_all(DatabaseProvider provider)
    {
        var c = await SeatedReview.CreateAsync(provider);
        await using var _ = c.Reviews.Db;
        c.Reviews.Db.SignInAs(await c.Reviews.Db.CreateUserAsync(Roles.AgencyLead, TwoReviews.Partnership, agency: "Police"));

        Assert.Null(await c.Reviews.Db.Get<PeopleReader>().GetAsync(c.Reviews.Sat));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_who_may_not_read_the_facts_edits_a_person_and_every_hidden_fact_is_kept(DatabaseProvider provider)
    {
        var c = await SeatedReview.CreateAsync(provider);
        await using var _ = c.Reviews.Db;
        var db = c.Reviews.Db;
        db.SignInAs(c.Reviews.PanelMember);
        var people = (await db.Get<PeopleReader>().GetAsync(c.Reviews.Sat))!;
        var victim = people.Victims.Single();
        var perpetrator = people.Perpetrators.Single();
        victim.Details.Pseudonym = "Adult Z";
        perpetrator.Details.Age = 52;

        var victimSaved = await db.Get<VictimService>().UpdateAsync(c.Reviews.Sat, victim.Id, victim.Details);
        var perpetratorSaved = await db.Get<PerpetratorService>().UpdateAsync(c.Reviews.Sat, perpetrator.Id, perpetrator.Details);

        Assert.True(victimSaved.Succeeded && perpetratorSaved.Succeeded, string.Join("; ", victimSaved.Errors.Concat(perpetratorSaved.Errors)));
        await using var context = db.NewContext();
        var v = await context.Victims.SingleAsync();
        var p = await context.Perpetrators.SingleAsync();
        Assert.Equal(("Adult Z", RealName, true, true, true, true, true, true),
            (v.Pseudonym, v.RealName, v.MentalHealth, v.Disability, v.PhysicalDisability, v.Neurodiversity, v.Alcohol, v.SubstanceMisuse));
        Assert.Equal(PerpetratorRealName, p.RealName);
        Assert.Equal((52, OffendingHistory, true, CourtOutcome.Murder, false, true, true, true, true, true),
            (p.Age, p.OffendingHistory, p.PreviousOffending, p.CourtOutcome, p.MentalHealth, p.Disability, p.PhysicalDisability, p.Neurodiversity,
                p.Alcohol, p.SubstanceMisuse));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_who_may_not_read_the_facts_cannot_set_them_on_a_new_person(DatabaseProvider provider)
    {
        var c = await SeatedReview.CreateAsync(provider);
        await using var _ = c.Reviews.Db;
        c.Reviews.Db.SignInAs(c.Reviews.PanelMember);

        var added = await c.Reviews.Db.Get<PerpetratorService>().AddAsync(c.Reviews.Sat, new PerpetratorInput
        {
            Pseudonym = "Adult Y",
            CourtOutcome = CourtOutcome.Manslaughter,
            OffendingHistory = "Typed by someone who may not read it",
            RealName = "Typed Bysomeone Else",
            PreviousOffending = true,
            Alcohol = true,
        });

        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        await using var context = c.Reviews.Db.NewContext();
        var p = await context.Perpetrators.SingleAsync(x => x.Id == added.Value);
        Assert.Equal(("Adult Y", CourtOutcome.Unknown, null, null, false, null),
            (p.Pseudonym, p.CourtOutcome, p.OffendingHistory, p.PreviousOffending, p.Alcohol, p.RealName));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_review_chair_reads_and_changes_the_facts(DatabaseProvider provider)
    {
        var c = await SeatedReview.CreateAsync(provider);
        await using var _ = c.Reviews.Db;
        c.Reviews.Db.SignInAs(c.Chair);
        var perpetrator = (await c.Reviews.Db.Get<PeopleReader>().GetAsync(c.Reviews.Sat))!.Perpetrators.Single();
        perpetrator.Details.CourtOutcome = CourtOutcome.Manslaughter;
        perpetrator.Details.SubstanceMisuse = false;

        var saved = await c.Reviews.Db.Get<PerpetratorService>().UpdateAsync(c.Reviews.Sat, perpetrator.Id, perpetrator.Details);

        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        await using var context = c.Reviews.Db.NewContext();
        var p = await context.Perpetrators.SingleAsync();
        Assert.Equal((CourtOutcome.Manslaughter, false, OffendingHistory), (p.CourtOutcome, p.SubstanceMisuse, p.OffendingHistory));
    }

    private static IEnumerable<string> NonNull(JsonNode details, string[] properties) =>
        properties.Where(name => details[name] is not null);

    /// <summary>
    /// <see cref="TwoReviews"/> plus two more panel members seated as the chair and the author of the
    /// review the first sits on, and one victim and one perpetrator on it with every sensitive fact recorded.
    /// </summary>
    private sealed record SeatedReview(TwoReviews Reviews, string Chair, string Author)
    {
        public static async Task<SeatedReview> CreateAsync(DatabaseProvider provider)
        {
            var c = await TwoReviews.CreateAsync(provider);
            var db = c.Db;
            var chair = await db.CreateUserAsync(Roles.PanelMember, TwoReviews.Partnership);
            var author = await db.CreateUserAsync(Roles.PanelMember, TwoReviews.Partnership);
            foreach (var (userId, role) in new[] { (chair, PanelRole.Chair), (author, PanelRole.Author) })
            {
                var seat = await db.Get<PanelService>().AddAsync(c.Sat, new PanelMemberInput { UserId = userId, Role = role });
                Assert.True(seat.Succeeded, string.Join("; ", seat.Errors));
            }

            var victim = await db.Get<VictimService>().AddAsync(c.Sat, new VictimInput
            {
                PseudonymChoice = PseudonymChoice.ChosenByPanel,
                Pseudonym = "Adult A",
                AgeAtDeath = 40,
                RealName = RealName,
                MentalHealth = true,
                Disability = true,
                PhysicalDisability = true,
                Neurodiversity = true,
                Alcohol = true,
                SubstanceMisuse = true,
            });
            var perpetrator = await db.Get<PerpetratorService>().AddAsync(c.Sat, new PerpetratorInput
            {
                Pseudonym = "Adult B",
                Age = 45,
                RealName = PerpetratorRealName,
                OffendingHistory = OffendingHistory,
                PreviousOffending = true,
                CourtOutcome = CourtOutcome.Murder,
                MentalHealth = false,
                Disability = true,
                PhysicalDisability = true,
                Neurodiversity = true,
                Alcohol = true,
                SubstanceMisuse = true,
            });
            Assert.True(victim.Succeeded && perpetrator.Succeeded, string.Join("; ", victim.Errors.Concat(perpetrator.Errors)));
            return new SeatedReview(c, chair, author);
        }
    }
}
