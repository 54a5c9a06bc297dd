using System.Text;
using DhrTracker.Core.Findings;
using DhrTracker.Core.National;
using DhrTracker.Core.People;
using Microsoft.VisualBasic.FileIO;

namespace DhrTracker.IntegrationTests.Synthetic;

/// <summary>
/// The synthetic data follows the national data it ships with: each share in 600 generated reviews is compared with the
/// same share counted here straight from the shipped CSV text (its own parser and its own reading of the Home Office
/// wording, not the product's), within four standard errors of a sample that size.
/// </summary>
public sealed class SyntheticProportionsTests
{
    private const int Reviews = 600;

    /// <summary>The Home Office's words for a current or former partner, as victims.csv writes them.</summary>
    private static readonly HashSet<string> PartnerWords =
    [
        "Spouse (incl civil partner)", "Common-law spouse", "Boyfriend or girlfriend", "Cohabitant", "Casual sexual partner",
        "Ex-spouse", "Ex-boyfriend or ex-girlfriend",
    ];

    private static readonly HashSet<string> FamilyWords =
        ["Parent", "Step-parent", "Son or daughter", "Grandparent", "Sibling", "Half-sibling", "Step-sibling", "Other (relative)"];

    [Fact]
    public async Task Category_sex_age_abuse_flags_and_themes_follow_the_shipped_national_data()
    {
        var files = NationalDataFiles.Shipped();
        var victims = Rows(files.Victims!.Content);
        var incidents = Rows(files.Incidents!.Content);
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SyntheticData.SeededAsync(db, 5, Reviews, seed: 2026);
        await using var context = db.NewContext();

        // Category, from what each victim was to the perpetrator (the national side leaves "Unknown" out of its base).
        var known = victims.Select(v => v["relationship_to_perpetrator"]).Where(w => PartnerWords.Contains(w) || FamilyWords.Contains(w)
            || w is "Other (non-relative)" or "Emotional rival").ToList();
        var categories = (await context.Relationships.Select(r => new { r.ReviewId, r.Kind }).ToListAsync())
            .GroupBy(r => r.ReviewId).Select(g => ReviewCategoryRules.Classify(g.Select(r => r.Kind), false).Category).ToList();
        Near("partner category", Share(known, PartnerWords.Contains), Share(categories, c => c == ReviewCategory.Partner));
        Near("familial category", Share(known, FamilyWords.Contains), Share(categories, c => c == ReviewCategory.Familial));

        // Victim sex and age band, each among the victims where the file knows it.
        var local = await context.Victims.Select(v => new { v.Sex, v.AgeAtDeath }).ToListAsync();
        var sexes = victims.Select(v => v["sex_of_victim"]).Where(s => s is "Female" or "Male" or "Other").ToList();
        Near("female victims", Share(sexes, s => s == "Female"), Share(local.Where(v => v.Sex != Sex.NotKnown).ToList(), v => v.Sex == Sex.Female));
        var bands = victims.Select(v => v["age_at_death"]).Where(b => b is not ("Unknown" or "")).ToList();
        foreach (var (band, low, high) in new[] { ("25-34", 25, 34), ("35-44", 35, 44), ("65+", 65, 200) })
        {
            Near($"victims aged {band}", Share(bands, b => b == band), Share(local, v => v.AgeAtDeath >= low && v.AgeAtDeath <= high));
        }

        // An abuse flag on the review, and the themes the same tags point to on its findings.
        var circumstances = await context.Circumstances.Select(c => new { c.ReviewId, c.CoerciveControl, c.Stalking }).ToListAsync();
        Near("coercive control", Share(incidents, i => i["coercive_control"] == "True"), Share(circumstances, c => c.CoerciveControl));
        var names = await context.Themes.ToDictionaryAsync(t => t.Id, t => t.Name);
        var reviewOf = await context.Findings.ToDictionaryAsync(f => f.Id, f => f.ReviewId);
        var tags = await context.Set<FindingTheme>().ToListAsync();
        var withFindings = tags.GroupBy(t => reviewOf[t.FindingId]).Select(g => g.Select(t => names[t.ThemeId]).ToHashSet()).ToList();
        Assert.True(withFindings.Count > Reviews / 2, $"Most reviews should have reached panel analysis ({withFindings.Count}).");
        Near("'Coercive control' theme", Share(incidents, i => i["coercive_control"] == "True"), Share(withFindings, t => t.Contains("Coercive control")));
        Near("'Stalking and harassment' theme", Share(incidents, i => i["stalking"] == "True"), Share(withFindings, t => t.Contains("Stalking and harassment")));
    }

    private static (double Share, int Base) Share<T>(IReadOnlyCollection<T> items, Func<T, bool> counted) =>
        ((double)items.Count(counted) / items.Count, items.Count);

    /// <summary>Within four standard errors of the national share for a sample of the generated size (plus a point for rounding).</summary>
    private static void Near(string what, (double Share, int Base) national, (double Share, int Base) generated)
    {
        var p = national.Share;
        var tolerance = (4 * Math.Sqrt(p * (1 - p) / generated.Base)) + 0.01;
        Assert.True(Math.Abs(generated.Share - p) <= tolerance,
            $"{what}: generated {generated.Share:P1} of {generated.Base}, national {p:P1} of {national.Base}, tolerance {tolerance:P1}.");
    }

    /// <summary>A CSV file as rows of column name to cell, read by the Visual Basic parser (quoted commas included).</summary>
    private static List<Dictionary<string, string>> Rows(byte[] content)
    {
        using var parser = new TextFieldParser(new MemoryStream(content), Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } cells)
        {
            rows.Add(header.Select((h, i) => (h, Cell: i < cells.Length ? cells[i].Trim() : "")).ToDictionary(x => x.h, x => x.Cell));
        }

        return rows;
    }
}
