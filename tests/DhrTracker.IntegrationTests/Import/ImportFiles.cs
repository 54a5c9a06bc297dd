using System.Text;
using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>Files the specific tests build for themselves: a CSV from rows, and one too large to read.</summary>
public static class ImportFiles
{
    public const string ReviewsHeader =
        "reference,date_of_death,date_notified,decision,decision_date,stage,published_on,victim_pseudonym,victim_age,victim_sex,relationship,children_in_household,themes";

    public const string ActionsHeader = "reference,recommendation_number,recommendation,scope,action,owner_agency,lead_officer,target_date,status,completed_on,outcome";

    public static ImportRequest Reviews(string name, params string[] rows) =>
        new(ImportKind.Reviews, name, Encoding.UTF8.GetBytes(string.Join("\n", rows.Prepend(ReviewsHeader)) + "\n"));

    public static ImportRequest Actions(string name, params string[] rows) =>
        new(ImportKind.Actions, name, Encoding.UTF8.GetBytes(string.Join("\n", rows.Prepend(ActionsHeader)) + "\n"));

    public static ImportRequest Corpus(string name, bool skipExisting = false) => CorpusFile.Load(name).Request() with { SkipExisting = skipExisting };

    /// <summary>A well-formed reviews CSV of 50 MB: five times the limit, so only its size can refuse it.</summary>
    public static byte[] FiftyMegabytes()
    {
        const int size = 50 * 1024 * 1024;
        var text = new StringBuilder(size + 200).Append(ReviewsHeader).Append('\n');
        for (var i = 1; text.Length < size; i++)
        {
            text.Append("Northbridge DHR ").Append(i).Append(",2019-03-14,2019-03-20,hold,2019-04-25,,,Adult A,34,female,partner,0,\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
