using System.Text;
using CsvHelper;
using DhrTracker.Core.Import;

namespace DhrTracker.UnitTests.Import;

/// <summary>Issue 11: the full error list as CSV keeps every value as the user wrote it, and never as a formula.</summary>
public sealed class ImportProblemsCsvTests
{
    [Fact]
    public void Every_problem_is_a_row_of_row_column_value_and_rule_under_a_header_in_utf8_with_a_byte_order_mark()
    {
        ImportProblem[] problems =
        [
            new(3, "victim_age", "forty", "Age must be a whole number from 16 to 120."),
            new(4, "victim_pseudonym", "Adult \"Ł\"; second line\nhere", "Rule, with a comma."),
            new(null, null, null, "The file has no rows below the header."),
        ];

        var bytes = ImportProblemsCsv.Write(problems);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
        [
            ["Row", "Column", "Value", "Rule"],
            ["3", "victim_age", "forty", "Age must be a whole number from 16 to 120."],
            ["4", "victim_pseudonym", "Adult \"Ł\"; second line\nhere", "Rule, with a comma."],
            ["", "", "", "The file has no rows below the header."],
        ], Read(bytes));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    public void A_formula_like_value_is_written_as_text(string value)
    {
        var bytes = ImportProblemsCsv.Write([new ImportProblem(2, "reference", value, "Reference " + value + " is already in the register.")]);

        var row = Read(bytes)[1];
        Assert.Equal("'" + value, row[2]);
        Assert.Equal("Reference " + value + " is already in the register.", row[3]);
    }

    [Fact]
    public void The_download_is_named_after_the_file_it_describes()
    {
        Assert.Equal("tracker-errors.csv", ImportProblemsCsv.FileName("tracker.csv"));
        Assert.Equal("Plans 2020-errors.csv", ImportProblemsCsv.FileName("Plans 2020.xlsx"));
        Assert.Equal("import-errors.csv", ImportProblemsCsv.FileName(""));
    }

    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i))]);
        }

        return rows;
    }
}
