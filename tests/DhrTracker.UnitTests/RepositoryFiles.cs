namespace DhrTracker.UnitTests;

/// <summary>Documents in the repository that a test holds equal to the code (the access matrix, the import guide).</summary>
internal static class RepositoryFiles
{
    public static string[] ReadLines(params string[] path) => File.ReadAllLines(Path.Combine([Root(), .. path]));

    /// <summary>Every file under <paramref name="folder"/> (relative to the repository) whose name matches, with its path from the root.</summary>
    public static IEnumerable<(string Path, string Text)> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root(), folder), pattern, SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(Root(), f), File.ReadAllText(f)));

    /// <summary>The cells of the markdown table whose header row starts with <paramref name="header"/>, without its separator row.</summary>
    public static List<string[]> Table(IEnumerable<string> lines, string header) =>
        lines.SkipWhile(l => !l.StartsWith(header, StringComparison.Ordinal))
            .TakeWhile(l => l.StartsWith('|'))
            .Where(l => !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DhrTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("DhrTracker.sln not found above the test's output folder.");
    }
}
