using System.Globalization;
using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>
/// A corpus file's hand-written <c>.expected</c>: what the issue's rules say its preview must be. Counts
/// are checked only when the file states them; problems must match exactly (none missing, none extra).
/// </summary>
public sealed record CorpusExpectation(
    string Description,
    IReadOnlyList<ExistingReview> Existing,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<ExpectedProblem> Errors,
    IReadOnlyList<ExpectedProblem> Warnings)
{
    public bool HasErrors => Errors.Count > 0;

    public static CorpusExpectation Parse(string text)
    {
        string description = "";
        List<ExistingReview> existing = [];
        Dictionary<string, int> counts = [];
        List<string> skipped = [];
        List<ExpectedProblem> errors = [];
        List<ExpectedProblem> warnings = [];
        foreach (var raw in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            // "# existing: X" in the header comment means the same as an "existing: X" line.
            var line = raw.StartsWith("# existing:", StringComparison.Ordinal) ? raw[2..] : raw;
            if (line.StartsWith('#'))
            {
                description = description.Length == 0 ? line.TrimStart('#', ' ') : description;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (key, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            switch (key)
            {
                case "existing": existing.Add(ExistingReview.Parse(value)); break;
                case "skipped": skipped.Add(value); break;
                case "error": errors.Add(ExpectedProblem.Parse(value)); break;
                case "warning": warnings.Add(ExpectedProblem.Parse(value)); break;
                case "reviews" or "victims" or "recommendations" or "actions":
                    counts[key] = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                default: throw new FormatException($"Unknown line in an .expected file: '{raw}'");
            }
        }

        return new CorpusExpectation(description, existing, counts, skipped, errors, warnings);
    }

    /// <summary>Fails with both lists side by side when the report is not what the file expects.</summary>
    public void AssertMatches(ImportReport report, string file)
    {
        var problems = Compare("errors", Errors, report.Errors).Concat(Compare("warnings", Warnings, report.Warnings)).ToList();
        Check("reviews", report.Reviews.Count);
        Check("victims", report.Victims);
        Check("recommendations", report.Recommendations);
        Check("actions", report.Actions.Count);
        if (!Skipped.Order().SequenceEqual(report.Skipped.Order()))
        {
            problems.Add($"skipped: expected [{string.Join(", ", Skipped)}], got [{string.Join(", ", report.Skipped)}]");
        }

        Assert.True(problems.Count == 0, $"{file} ({Description}):\n{string.Join("\n", problems)}\n"
            + $"report errors:\n  {string.Join("\n  ", report.Errors)}\nreport warnings:\n  {string.Join("\n  ", report.Warnings)}");

        void Check(string name, int actual)
        {
            if (Counts.TryGetValue(name, out var expected) && expected != actual)
            {
                problems.Add($"{name}: expected {expected}, got {actual}");
            }
        }
    }

    private static IEnumerable<string> Compare(string what, IReadOnlyList<ExpectedProblem> expected, IReadOnlyList<ImportProblem> actual)
    {
        var unmatched = actual.ToList();
        foreach (var e in expected)
        {
            var found = unmatched.FindIndex(e.Matches);
            if (found < 0)
            {
                yield return $"{what}: expected but not reported: {e}";
            }
            else
            {
                unmatched.RemoveAt(found);
            }
        }

        foreach (var extra in unmatched)
        {
            yield return $"{what}: reported but not expected: {extra.Row?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {extra.Column ?? "-"} | {extra.Value ?? "-"} | {extra.Rule}";
        }
    }
}
