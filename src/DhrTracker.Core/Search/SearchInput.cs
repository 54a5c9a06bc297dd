namespace DhrTracker.Core.Search;

/// <summary>What the user typed into the search box; the page keeps it in the address as <c>?q=</c>.</summary>
public sealed class SearchInput
{
    public string? Search { get; set; }
}
