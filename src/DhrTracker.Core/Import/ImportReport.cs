using System.Globalization;

namespace DhrTracker.Core.Import;

/// <summary>
/// What a file holds and what was (or would be) done with it. A preview never writes; an import writes
/// everything or, when <see cref="Errors"/> has any entry, nothing.
/// </summary>
/// <param name="DataRows">Rows below the header that hold anything (blank rows are ignored).</param>
/// <param name="Skipped">References already in the register that "skip existing" left alone.</param>
/// <param name="Written">True only when the import committed.</param>
public sealed record ImportReport(
    ImportKind Kind,
    string FileName,
    int DataRows,
    IReadOnlyList<ImportedReview> Reviews,
    int Victims,
    IReadOnlyList<ImportedAction> Actions,
    int Recommendations,
    IReadOnlyList<ImportProblem> Errors,
    IReadOnlyList<ImportProblem> Warnings,
    IReadOnlyList<string> Skipped,
    bool Written)
{
    /// <summary>Nothing wrong and something to add.</summary>
    public bool CanImport => Errors.Count == 0 && (Reviews.Count > 0 || Actions.Count > 0);

    /// <summary>What the file creates, in words: "2 reviews, 3 victims" or "1 recommendation, 4 actions".</summary>
    public string Counts => Kind == ImportKind.Reviews
        ? $"{Count(Reviews.Count, "review")}, {Count(Victims, "victim")}"
        : $"{Count(Recommendations, "recommendation")}, {Count(Actions.Count, "action")}";

    public static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");
}
