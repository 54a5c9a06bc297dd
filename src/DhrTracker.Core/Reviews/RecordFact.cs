namespace DhrTracker.Core.Reviews;

/// <summary>One fact of the review record as read: its label, its value in words, and the name browser tests find it by.</summary>
public sealed record RecordFact(string Label, string Value, string? TestId = null)
{
    /// <summary>A value kept as written (a rationale, a reason) that may run over several lines.</summary>
    public bool MultiLine { get; init; }
}
