namespace DhrTracker.Core.NamesCheck;

/// <summary>A document's text, passage by passage, or why it could not be read (then <see cref="Passages"/> is empty).</summary>
public sealed record DocumentText(IReadOnlyList<DocumentPassage> Passages, string? Problem)
{
    public static DocumentText Unreadable(string problem) => new([], problem);
}
