using DhrTracker.Core.Data;

namespace DhrTracker.Core.Synthetic;

/// <summary>
/// The synthetic records on their way to <see cref="AddedRowsWriter"/> (prepared INSERTs, nothing tracked, so a batch
/// costs the same at review 30,000 as at review 1), counted by kind for the command's report.
/// </summary>
internal sealed class SyntheticRows(AddedRowsWriter writer)
{
    /// <summary>The seed's own name in every "created by", "completed by" and "signed off by" column: not a user, and plainly synthetic.</summary>
    public const string UserId = "synthetic-seed";

    private readonly Dictionary<Type, int> counts = [];

    public int Total { get; private set; }

    public void Add(object record)
    {
        writer.Add(record);
        counts[record.GetType()] = counts.GetValueOrDefault(record.GetType()) + 1;
        Total++;
    }

    public int Count<T>() => counts.GetValueOrDefault(typeof(T));
}
