namespace DhrTracker.Core.National;

/// <summary>One of the three DHRD files as read from a folder, an upload or the shipped copy.</summary>
public sealed record NationalDataFile(string Name, byte[] Content);

/// <summary>
/// The three DHRD files a load needs, matched by name (incidents.csv, victims.csv, perpetrators.csv,
/// in any case), whichever way they arrive. A file that is not there is null, and the load names it.
/// </summary>
public sealed record NationalDataFiles(NationalDataFile? Incidents, NationalDataFile? Victims, NationalDataFile? Perpetrators, string Source)
{
    public const string IncidentsFile = "incidents.csv";
    public const string VictimsFile = "victims.csv";
    public const string PerpetratorsFile = "perpetrators.csv";

    /// <summary>The shipped data's source, as the status and the audit trail name it.</summary>
    public const string ShippedSource = "DHRD (Cook & Cook, 2026), MIT licence, as shipped with DhrTracker";

    public static readonly IReadOnlyList<string> Names = [IncidentsFile, VictimsFile, PerpetratorsFile];

    private const string ResourcePrefix = "DhrTracker.Core.National.Dhrd.";

    /// <summary>Picks the three files out of any set by name; other files are ignored.</summary>
    public static NationalDataFiles From(IEnumerable<NationalDataFile> files, string source)
    {
        var byName = files.GroupBy(f => Path.GetFileName(f.Name), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return new NationalDataFiles(byName.GetValueOrDefault(IncidentsFile), byName.GetValueOrDefault(VictimsFile),
            byName.GetValueOrDefault(PerpetratorsFile), source);
    }

    /// <summary>The three files of a folder (for <c>dhr import national FOLDER</c>), reading only those three.</summary>
    public static async Task<NationalDataFiles> FromFolderAsync(string folder, CancellationToken ct = default)
    {
        var files = new List<NationalDataFile>();
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => Names.Contains(Path.GetFileName(p), StringComparer.OrdinalIgnoreCase)))
        {
            files.Add(new NationalDataFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct)));
        }

        return From(files, $"DHRD files from the folder {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))}");
    }

    /// <summary>
    /// The copy of the DHRD files built into DhrTracker (embedded in Core, so every build and the
    /// command find it without a path: ADR 0330).
    /// </summary>
    public static NationalDataFiles Shipped() =>
        From(Names.Select(n => new NationalDataFile(n, ReadResource(n))), ShippedSource);

    /// <summary>The DHRD README shipped with the data: its origin and the MIT licence notice, unchanged.</summary>
    public static string LicenceNotice() => System.Text.Encoding.UTF8.GetString(ReadResource("README.md"));

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(NationalDataFiles).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The shipped national data file {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
