using System.Text.RegularExpressions;

namespace DhrTracker.UnitTests.Forms;

/// <summary>
/// ADR 0409: a MudSelect with no ToStringFunc, whose options have content, shows its chosen value as text by replacing its
/// box, and the focus falls back to the page: a keyboard user who chose with Enter starts again from the top. Every select
/// therefore says how it shows a value. Multi-selects show a joined list and keep their box.
/// </summary>
public sealed partial class SelectsKeepTheirBoxTests
{
    [Fact]
    public void Every_select_shows_its_value_through_a_ToStringFunc()
    {
        var selects = RepositoryFiles.Files("src/DhrTracker.Web", "*.razor")
            .SelectMany(f => Opening().Matches(f.Text).Select(m => (f.Path, Tag: m.Value)))
            .ToList();

        Assert.NotEmpty(selects);
        var missing = selects.Where(s => !s.Tag.Contains("ToStringFunc=", StringComparison.Ordinal) && !s.Tag.Contains("MultiSelection", StringComparison.Ordinal))
            .Select(s => $"{s.Path}: {s.Tag.Split('\n')[0].Trim()}");
        Assert.Empty(missing);
    }

    // From "<MudSelect" to its first item, loop or end: its parameters, which may span lines and hold lambdas ("=>").
    [GeneratedRegex(@"<MudSelect\b.*?(?=<MudSelectItem|@foreach|</MudSelect>)", RegexOptions.Singleline)]
    private static partial Regex Opening();
}
