namespace DhrTracker.Core.NamesCheck;

/// <summary>The check of every report of a review, and whether the user may accept hits.</summary>
public sealed record NamesCheckView(IReadOnlyList<CheckedDocument> Documents, bool CanAccept)
{
    public bool Clear => Documents.All(d => d.Clear);
}
