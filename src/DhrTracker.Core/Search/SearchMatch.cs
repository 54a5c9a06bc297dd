namespace DhrTracker.Core.Search;

/// <summary>One field of a review that matched, with a short piece of its text around the match.</summary>
public sealed record SearchMatch(SearchField Field, string Snippet)
{
    public string FieldName => Field.Display();
}
