namespace DhrTracker.Core.Reviews;

/// <summary>One fact both people changed, to different values: the user chooses which to keep (R19, ADR 0398).</summary>
public sealed record RecordClash(string Field, string Label, string Yours, string Theirs);

/// <summary>What a three-way merge gives back: the record to save, and the facts it could not decide alone.</summary>
public sealed record RecordMergeResult(ReviewRecordInput Merged, IReadOnlyList<RecordClash> Clashes, IReadOnlyList<string> TakenFromThem);

/// <summary>
/// Someone saved the review while this user was editing it. Rather than lose either person's work, the record is
/// merged fact by fact against what this user opened: a fact only they changed is taken, a fact only this user
/// changed is kept, and a fact both changed differently is a clash the user settles with "keep mine" or "take
/// theirs". Until they choose, the merged record holds the user's value, so nothing typed is lost.
/// </summary>
public static class ReviewRecordMerge
{
    public static RecordMergeResult Merge(ReviewRecordInput opened, ReviewRecordInput mine, ReviewRecordInput theirs)
    {
        var merged = mine.Copy();
        // Version, decision, QA outcome and regime are never edited in the form: they are the stored review's.
        merged.Version = theirs.Version;
        merged.Decision = theirs.Decision;
        merged.QaOutcome = theirs.QaOutcome;
        merged.Regime = theirs.Regime;
        var clashes = new List<RecordClash>();
        var taken = new List<string>();
        foreach (var fact in ReviewRecordFields.All)
        {
            var (was, yours, now) = (fact.Read(opened), fact.Read(mine), fact.Read(theirs));
            if (Same(yours, now) || Same(was, now))
            {
                continue;
            }

            if (Same(was, yours))
            {
                fact.Copy(theirs, merged);
                taken.Add(fact.Label);
                continue;
            }

            clashes.Add(new(fact.Name, fact.Label, ReviewRecordFields.Show(yours), ReviewRecordFields.Show(now)));
        }

        return new(merged, clashes, taken);
    }

    // A box emptied and a box never filled, or text with and without surrounding spaces, are saved the same (ApplyTo trims).
    private static bool Same(object? a, object? b) => Equals(Clean(a), Clean(b));

    private static object? Clean(object? value) => value is string s ? (string.IsNullOrWhiteSpace(s) ? null : s.Trim()) : value;

    /// <summary>
    /// Settles one clash: copies that fact alone into the merged record, from the stored record for "take theirs" or
    /// from the user's entries for "keep mine".
    /// </summary>
    public static void Use(ReviewRecordInput merged, ReviewRecordInput source, string field) =>
        ReviewRecordFields.All.Single(f => f.Name == field).Copy(source, merged);
}
