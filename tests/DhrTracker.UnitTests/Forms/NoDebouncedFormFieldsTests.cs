namespace DhrTracker.UnitTests.Forms;

/// <summary>
/// A debounced field hands its text to the form only after the user has stopped typing for a while, so a
/// Save clicked inside that pause saved the old text (seen in a browser test under load: a finding kept its
/// old narrative). Only search and filter boxes, which save nothing, may wait for the typing to stop.
/// </summary>
public sealed class NoDebouncedFormFieldsTests
{
    private static readonly string[] SearchBoxes =
    [
        "src/DhrTracker.Web/Components/Pages/Reviews/ReviewListFilters.razor",
        "src/DhrTracker.Web/Components/Pages/Admin/Users/UsersAdmin.razor",
    ];

    [Fact]
    public void Only_search_and_filter_boxes_are_debounced()
    {
        var debounced = RepositoryFiles.Files("src/DhrTracker.Web", "*.razor")
            .Where(f => f.Text.Contains("DebounceInterval", StringComparison.Ordinal))
            .Select(f => f.Path.Replace('\\', '/'))
            .ToList();

        Assert.Empty(debounced.Except(SearchBoxes));
        // The list above must stay true: a box that is no longer debounced comes off it.
        Assert.Equal(SearchBoxes.Order(), debounced.Order());
    }
}
