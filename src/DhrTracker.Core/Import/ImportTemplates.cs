using System.Text;

namespace DhrTracker.Core.Import;

/// <summary>
/// The two templates as the page, the command and docs/import-template.md describe them. The downloadable
/// file is the header and one synthetic example row, so a spreadsheet opens it with the right columns.
/// </summary>
public static class ImportTemplates
{
    public static readonly IReadOnlyList<ImportColumn> Reviews =
    [
        new("reference", "yes", "text, unique in the partnership", "Exampleton DHR 2019-01"),
        new("date_of_death", "yes", "YYYY-MM-DD, not in the future", "2019-03-14"),
        new("date_notified", "yes", "YYYY-MM-DD, on or after date_of_death, not in the future", "2019-03-20"),
        new("decision", "yes", "hold, not_hold or pending", "hold"),
        new("decision_date", "unless pending", "YYYY-MM-DD, on or after date_notified, not in the future", "2019-04-25"),
        new("stage", "no", "a stage name as the app shows it (e.g. Action plan monitoring); derived when empty", ""),
        new("published_on", "no", "YYYY-MM-DD, on or after decision_date, not in the future; only for a review decided to be held", "2020-11-02"),
        new("victim_pseudonym", "yes", "text, e.g. Adult A", "Adult A"),
        new("victim_age", "yes", "whole number, 16 to 120", "34"),
        new("victim_sex", "yes", "female, male, other or unknown", "female"),
        new("relationship", "yes", "what the victim was to the perpetrator: " + string.Join(", ", ImportVocabulary.RelationshipNames), "partner"),
        new("children_in_household", "yes", "whole number, 0 or more (children under 18 living in the household); the same on every row of a reference", "0"),
        new("themes", "no", "key themes of the review, names from the partnership's taxonomy separated by ;", ""),
    ];

    public static readonly IReadOnlyList<ImportColumn> Actions =
    [
        new("reference", "yes", "an existing review's reference", "Exampleton DHR 2019-01"),
        new("recommendation_number", "yes", "whole number, 1 or more; not already on the review's plan", "1"),
        new("recommendation", "yes", "text; the same on every row of one recommendation", "Agencies review how they respond to disclosures of abuse."),
        new("scope", "yes", "single, multi_agency, regional or national (multi-agency with a hyphen also accepted)", "multi_agency"),
        new("action", "yes", "text", "Deliver refreshed training to front-line staff."),
        new("owner_agency", "yes", "a name in the partnership's agency register", "Police"),
        new("lead_officer", "yes", "text", "Training lead"),
        new("target_date", "yes", "YYYY-MM-DD", "2021-06-30"),
        new("status", "yes", "not_started, in_progress, complete or cancelled", "complete"),
        new("completed_on", "when complete", "YYYY-MM-DD, not in the future; only for a complete action", "2021-05-28"),
        new("outcome", "when complete", "text: what changed", "All front-line staff trained."),
    ];

    public static IReadOnlyList<ImportColumn> For(ImportKind kind) => kind == ImportKind.Reviews ? Reviews : Actions;

    public static string FileName(ImportKind kind) => kind == ImportKind.Reviews ? "dhr-import-reviews.csv" : "dhr-import-action-plans.csv";

    /// <summary>The header row and one example row, as CSV (UTF-8 with a byte order mark, so Excel reads it as UTF-8).</summary>
    public static byte[] Csv(ImportKind kind)
    {
        var columns = For(kind);
        var text = new StringBuilder()
            .AppendLine(string.Join(",", columns.Select(c => c.Name)))
            .AppendLine(string.Join(",", columns.Select(c => Quote(c.Example))))
            .ToString();
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
