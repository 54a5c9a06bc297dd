using DhrTracker.Core.Access;

namespace DhrTracker.UnitTests.Access;

/// <summary>docs/access-matrix.md is what people read; <see cref="SensitiveFacts.Table"/> is what the services apply. They must say the same.</summary>
public sealed class AccessMatrixDocumentTests
{
    private const string Yes = "Yes";
    private const string Restricted = "Restricted";

    [Fact]
    public void The_documented_field_table_is_the_table_in_code()
    {
        var rows = ReadDocumentTable();
        var header = rows[0];
        Assert.Equal(["Fact", "Stored as", .. Enum.GetValues<FactReader>().Select(SensitiveFacts.Describe)], header);

        var documented = rows.Skip(1).Select(cells => (
            Label: cells[0],
            StoredAs: string.Join(", ", cells[1].Split(',').Select(s => s.Trim().Trim('`'))),
            Readers: string.Join(", ", Enum.GetValues<FactReader>().Where((_, i) => ReadsIt(cells[2 + i]))))).ToList();
        var inCode = SensitiveFacts.Table.Select(row => (
            row.Label,
            StoredAs: string.Join(", ", row.StoredAs),
            Readers: string.Join(", ", Enum.GetValues<FactReader>().Where(row.Readers.Contains)))).ToList();

        Assert.Equal(inCode, documented);
    }

    [Fact]
    public void Every_sensitive_fact_has_exactly_one_row() =>
        Assert.Equal(Enum.GetValues<SensitiveFact>(), SensitiveFacts.Table.Select(row => row.Fact));

    private static bool ReadsIt(string cell) => cell switch
    {
        Yes => true,
        Restricted => false,
        _ => throw new InvalidDataException($"A cell of the access matrix says '{cell}': write {Yes} or {Restricted}."),
    };

    private static List<string[]> ReadDocumentTable() => RepositoryFiles.Table(RepositoryFiles.ReadLines("docs", "access-matrix.md"), "| Fact |");
}
