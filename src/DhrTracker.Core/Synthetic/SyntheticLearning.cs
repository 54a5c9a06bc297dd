using Bogus;
using DhrTracker.Core.Findings;
using DhrTracker.Core.National;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Synthetic;

/// <summary>
/// A synthetic review's findings and key themes. The themes the national data can speak to (coercive control,
/// stalking, separation, male and older victims…) follow the incident drawn: each is a key theme of the review and
/// tags at least one of its findings, so theme counts follow the national shares. Practice themes (information
/// sharing, risk assessment…) have no national source and are spread evenly.
/// </summary>
internal static class SyntheticLearning
{
    /// <summary>Findings per review that has reached panel analysis: about 10 a review across the whole register (issue 15).</summary>
    public const int FewestFindings = 8;

    public const int MostFindings = 16;

    private static readonly FindingType[] Types = Enum.GetValues<FindingType>();

    public static IReadOnlyList<Finding> Add(SyntheticRows rows, Review review, NationalIncident incident, IReadOnlyList<Victim> victims,
        SyntheticPartnership partnership, Random random, Faker faker)
    {
        var keyThemes = KeyThemes(incident, victims).Select(partnership.Theme).OfType<Guid>().Distinct().ToList();
        if (keyThemes.Count > 0)
        {
            rows.Add(new ReviewThemeSet { ReviewId = review.Id });
            foreach (var theme in keyThemes)
            {
                rows.Add(new ReviewKeyTheme { ReviewId = review.Id, ThemeId = theme });
            }
        }

        var count = random.Next(FewestFindings, MostFindings + 1);
        var findings = new List<Finding>(count);
        for (var n = 0; n < count; n++)
        {
            var finding = new Finding
            {
                Id = random.NextGuid(),
                ReviewId = review.Id,
                Type = Types[random.Next(Types.Length)],
                AgencyId = SyntheticPeople.Pick(partnership.Agencies, random),
                Narrative = $"Synthetic finding: {faker.Lorem.Sentence(12)}",
                PeriodOrEvent = $"Contact in {UkDates.Format(review.DateOfDeath.AddMonths(-random.Next(1, 24)))}",
                CreatedByUserId = SyntheticRows.UserId,
            };
            rows.Add(finding);
            findings.Add(finding);

            // Key themes first, one finding each in turn, then one practice theme on every finding.
            var themes = new HashSet<Guid> { SyntheticPeople.Pick(partnership.PracticeThemes, random) };
            for (var k = n; k < keyThemes.Count; k += count)
            {
                themes.Add(keyThemes[k]);
            }

            foreach (var theme in themes)
            {
                rows.Add(new FindingTheme { FindingId = finding.Id, ThemeId = theme });
            }
        }

        return findings;
    }

    /// <summary>The seed taxonomy's themes that a national tag or the victim's sex and age point to (names as in <see cref="Themes.SeedTaxonomy"/>).</summary>
    private static IEnumerable<string> KeyThemes(NationalIncident i, IReadOnlyList<Victim> victims)
    {
        (bool Tagged, string Theme)[] tags =
        [
            (i.CoerciveControl == true, "Coercive control"),
            (i.EconomicAbuse == true, "Economic abuse"),
            (i.Stalking == true, "Stalking and harassment"),
            (i.SexualAbuse == true, "Sexual abuse"),
            (i.HonourBasedViolence == true || i.ForcedMarriage == true, "Honour-based abuse"),
            (i.Separation == true, "Separation"),
            (i.HomicideSuicide == true || victims.Any(v => v.DeathType == DeathType.Suicide), "Suicide and suicidality"),
            (i.FamilialHomicide == true, "Domestic abuse within families"),
            (victims.Any(v => v.Sex == Sex.Male), "Male victims"),
            (victims.Any(v => AgeBands.For(v.AgeAtDeath) == AgeBand.From65), "Older victims"),
        ];
        return tags.Where(t => t.Tagged).Select(t => t.Theme);
    }
}
