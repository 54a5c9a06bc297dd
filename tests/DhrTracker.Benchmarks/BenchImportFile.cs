using System.Globalization;
using System.Text;
using DhrTracker.Core.Import;

namespace DhrTracker.Benchmarks;

/// <summary>
/// A synthetic reviews file in the import template (docs/import-template.md), the same bytes on every run:
/// every fourth review has two victims, decisions and relationships cycle, some reviews carry two themes.
/// </summary>
internal static class BenchImportFile
{
    public static byte[] Reviews(int rows)
    {
        var csv = new StringBuilder(string.Join(",", ImportTemplates.Reviews.Select(c => c.Name))).Append('\n');
        var relationships = ImportVocabulary.RelationshipNames;
        string[] sexes = ["female", "male", "female", "other", "unknown"];
        for (int review = 0, row = 0; row < rows; review++)
        {
            var death = new DateOnly(2010, 1, 1).AddDays(review % 4000);
            var notified = death.AddDays(5);
            var decided = notified.AddDays(40);
            var (decision, decisionDate, published) = (review % 4) switch
            {
                0 => ("hold", Iso(decided), Iso(decided.AddDays(400))),
                1 => ("hold", Iso(decided), ""),
                2 => ("not_hold", Iso(decided), ""),
                _ => ("pending", "", ""),
            };
            var themes = review % 3 == 0 ? "Coercive control;Economic abuse" : "";
            for (var victim = 0; victim < (review % 4 == 0 ? 2 : 1) && row < rows; victim++, row++)
            {
                csv.Append(CultureInfo.InvariantCulture,
                    $"Bench DHR {review:00000},{Iso(death)},{Iso(notified)},{decision},{decisionDate},,{published}," +
                    $"Adult {(char)('A' + victim)},{16 + (review + victim) % 80},{sexes[row % sexes.Length]}," +
                    $"{relationships[row % relationships.Count]},{review % 4},{themes}\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
