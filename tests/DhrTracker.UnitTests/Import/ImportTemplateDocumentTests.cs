using DhrTracker.Core.Import;

namespace DhrTracker.UnitTests.Import;

/// <summary>
/// docs/import-template.md is what a partnership reads before filling a template in; <see cref="ImportTemplates"/>
/// is what the page offers for download and the import checks. They must list the same columns with the same rules.
/// </summary>
public sealed class ImportTemplateDocumentTests
{
    private static readonly string[] Guide = RepositoryFiles.ReadLines("docs", "import-template.md");

    [Theory]
    [InlineData(ImportKind.Reviews, "## Reviews template")]
    [InlineData(ImportKind.Actions, "## Action plans template")]
    public void The_guide_lists_exactly_the_template_columns_with_their_required_rule_and_format(ImportKind kind, string section)
    {
        var table = RepositoryFiles.Table(Section(section), "| column |");
        Assert.Equal(["column", "required", "format"], table[0]);

        var documented = table.Skip(1).Select(cells => (Name: cells[0].Trim('`'), Required: cells[1], Format: cells[2]));

        Assert.Equal(ImportTemplates.For(kind).Select(c => (c.Name, c.Required, c.Format)), documented);
    }

    [Theory]
    [InlineData(ImportKind.Reviews, "## Reviews template")]
    [InlineData(ImportKind.Actions, "## Action plans template")]
    public void The_guide_s_example_file_has_the_template_s_header_row(ImportKind kind, string section)
    {
        var header = Section(section).SkipWhile(l => l != "```csv").Skip(1).First();

        Assert.Equal(string.Join(",", ImportTemplates.For(kind).Select(c => c.Name)), header);
    }

    /// <summary>The lines from the heading to the next heading of the same level.</summary>
    private static IEnumerable<string> Section(string heading) =>
        Guide.SkipWhile(l => l != heading).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
}
