namespace DhrTracker.Core.Common;

/// <summary>One fact of a form a merge walks: how to read it (a value compared for "changed"), copy it, and show it.</summary>
/// <param name="Name">The form's field name, which the merge reports and "keep mine" / "take theirs" settle by.</param>
/// <param name="Show">The value as a person reads it ("(blank)" for nothing).</param>
public sealed record MergeField<T>(string Name, string Label, Func<T, object?> Read, Action<T, T> Copy, Func<T, string> Show);

/// <summary>One fact both people changed, to different values: the user chooses which to keep (R19, ADR 0398).</summary>
public sealed record FieldClash(string Field, string Label, string Yours, string Theirs);

/// <summary>What a three-way merge gives back: the form to save, and the facts it could not decide alone.</summary>
public sealed record MergeResult<T>(T Merged, IReadOnlyList<FieldClash> Clashes, IReadOnlyList<string> TakenFromThem);

/// <summary>
/// Someone saved a record while this user was editing it. Rather than lose either person's work, the form is merged fact
/// by fact against what this user opened: a fact only they changed is taken, a fact only this user changed is kept, and
/// a fact both changed differently is a clash the user settles with "keep mine" or "take theirs". Until they choose, the
/// merged form holds the user's value, so nothing typed is lost. When what the user opened is not known (a draft kept
/// before it was recorded), every fact that differs is a clash: nothing of theirs is taken, and nothing of the user's
/// is dropped, without the user seeing it.
/// </summary>
public static class FieldMerge
{
    /// <param name="merged">The user's entries, copied: the merge writes what it takes from them into it.</param>
    public static MergeResult<T> Merge<T>(IReadOnlyList<MergeField<T>> fields, T? opened, T mine, T theirs, T merged)
        where T : class
    {
        var clashes = new List<FieldClash>();
        var taken = new List<string>();
        foreach (var field in fields)
        {
            var (yours, now) = (field.Read(mine), field.Read(theirs));
            if (Same(yours, now) || (opened is not null && Same(field.Read(opened), now)))
            {
                continue;
            }

            if (opened is not null && Same(field.Read(opened), yours))
            {
                field.Copy(theirs, merged);
                taken.Add(field.Label);
                continue;
            }

            clashes.Add(new(field.Name, field.Label, field.Show(mine), field.Show(theirs)));
        }

        return new(merged, clashes, taken);
    }

    /// <summary>
    /// Settles one clash: copies that fact alone into the merged form, from the stored record for "take theirs" or from
    /// the user's entries for "keep mine".
    /// </summary>
    public static void Use<T>(IReadOnlyList<MergeField<T>> fields, T merged, T source, string field) =>
        fields.Single(f => f.Name == field).Copy(source, merged);

    // A box emptied and a box never filled, or text with and without surrounding spaces, are saved the same (forms trim).
    private static bool Same(object? a, object? b) => Equals(Clean(a), Clean(b));

    private static object? Clean(object? value) => value is string s ? (string.IsNullOrWhiteSpace(s) ? null : s.Trim()) : value;
}
