namespace DhrTracker.Core.Reviews;

/// <summary>
/// The review record merged fact by fact when someone saved it while this user was editing it (R19, ADR 0398): see
/// <see cref="FieldMerge"/>. The facts no one edits in the form are always the stored review's.
/// </summary>
public static class ReviewRecordMerge
{
    public static MergeResult<ReviewRecordInput> Merge(ReviewRecordInput opened, ReviewRecordInput mine, ReviewRecordInput theirs)
    {
        var merged = mine.Copy();
        // Version, decision, QA outcome and regime are never edited in the form: they are the stored review's.
        merged.Version = theirs.Version;
        merged.Decision = theirs.Decision;
        merged.QaOutcome = theirs.QaOutcome;
        merged.Regime = theirs.Regime;
        return FieldMerge.Merge(ReviewRecordFields.All, opened, mine, theirs, merged);
    }

    /// <summary>Settles one clash from the stored record ("take theirs") or the user's entries ("keep mine").</summary>
    public static void Use(ReviewRecordInput merged, ReviewRecordInput source, string field) =>
        FieldMerge.Use(ReviewRecordFields.All, merged, source, field);
}
