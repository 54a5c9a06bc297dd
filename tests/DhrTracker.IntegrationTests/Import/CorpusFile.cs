using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>
/// One file of <c>tests/ImportCorpus</c> (copied next to the tests) and its <c>.expected</c>. Its folder
/// names the template; "skip-existing" in its name means the import skips references already in the register.
/// </summary>
public sealed record CorpusFile(ImportKind Kind, string Path, CorpusExpectation Expected)
{
    public static readonly string Root = System.IO.Path.Combine(AppContext.BaseDirectory, "ImportCorpus");

    public string FileName => System.IO.Path.GetFileName(Path);

    public bool SkipExisting => FileName.Contains("skip-existing", StringComparison.Ordinal);

    /// <summary>Every corpus file, by folder and name ("reviews/05-empty.csv"), for theories.</summary>
    public static IEnumerable<string> Names => new[] { "reviews", "actions" }
        .SelectMany(folder => Directory.GetFiles(System.IO.Path.Combine(Root, folder))
            .Where(f => !f.EndsWith(".expected", StringComparison.Ordinal))
            .Select(f => $"{folder}/{System.IO.Path.GetFileName(f)}"))
        .Order(StringComparer.Ordinal);

    public static CorpusFile Load(string name)
    {
        var path = System.IO.Path.Combine(Root, name);
        var expected = System.IO.Path.ChangeExtension(path, ".expected");
        Assert.True(File.Exists(expected), $"{name} has no .expected file beside it");
        var kind = name.StartsWith("reviews/", StringComparison.Ordinal) ? ImportKind.Reviews : ImportKind.Actions;
        return new CorpusFile(kind, path, CorpusExpectation.Parse(File.ReadAllText(expected)));
    }

    public ImportRequest Request(int? partnershipId = null) =>
        new(Kind, FileName, File.ReadAllBytes(Path)) { SkipExisting = SkipExisting, PartnershipId = partnershipId };

    /// <summary>Every corpus file on every database.</summary>
    public static TheoryData<DatabaseProvider, string> OnAllDatabases()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            foreach (var name in Names)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    public static TheoryData<string> All() => new(Names);
}
