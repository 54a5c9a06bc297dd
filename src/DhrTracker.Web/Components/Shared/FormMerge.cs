using DhrTracker.Core.Common;

namespace DhrTracker.Web.Components.Shared;

/// <summary>
/// What an edit form holds to merge a save someone else overtook (R19, ADR 0408): the record as the form last read it,
/// the user's entries when the save was refused, and the merge the <see cref="ConflictPanel{T}"/> shows.
/// </summary>
public sealed class FormMerge<T>(IReadOnlyList<MergeField<T>> fields, Func<T, T> copy, Func<T?, T, T, MergeResult<T>> merge)
    where T : class
{
    public IReadOnlyList<MergeField<T>> Fields => fields;

    /// <summary>The record as last read: the base of the next merge, and "theirs" once a merge is shown.</summary>
    public T? Opened { get; private set; }

    /// <summary>The user's entries as they were when the save was refused: "keep mine" copies from here.</summary>
    public T? Mine { get; private set; }

    /// <summary>The merge on show; null until a save is overtaken.</summary>
    public MergeResult<T>? Shown { get; private set; }

    public void Open(T record)
    {
        Opened = copy(record);
        Mine = null;
        Shown = null;
    }

    /// <summary>Merges the user's entries with the record as now stored; the result's <c>Merged</c> is what the form holds next.</summary>
    public T Merge(T entries, T stored)
    {
        Mine = copy(entries);
        Shown = merge(Opened, Mine, stored);
        Opened = copy(stored);
        return Shown.Merged;
    }
}
