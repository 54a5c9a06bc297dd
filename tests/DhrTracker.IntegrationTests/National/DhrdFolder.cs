using System.Text;

namespace DhrTracker.IntegrationTests.National;

/// <summary>
/// The shipped DHRD files as the tests see them, read with a few lines of plain code (not the product's
/// reader), and copies of them in a temporary folder with one thing broken.
/// </summary>
internal sealed class DhrdFolder : IDisposable
{
    public static readonly string Shipped = System.IO.Path.Combine(AppContext.BaseDirectory, "Dhrd");

    public string Path { get; } = Directory.CreateTempSubdirectory("dhr-national-").FullName;

    public DhrdFolder()
    {
        foreach (var file in Directory.GetFiles(Shipped, "*.csv"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    /// <summary>A file's records (header first), split on commas outside double quotes.</summary>
    public static List<string[]> Rows(string folder, string file) =>
        File.ReadAllLines(System.IO.Path.Combine(folder, file), Encoding.UTF8).Where(l => l.Length > 0).Select(Split).ToList();

    /// <summary>A file's data rows as column name to value.</summary>
    public static List<Dictionary<string, string>> Records(string file, string? folder = null)
    {
        var rows = Rows(folder ?? Shipped, file);
        return rows.Skip(1).Select(r => rows[0].Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
    }

    /// <summary>Incidents in the shipped files whose flag is True, out of those where it is recorded (not empty).</summary>
    public static (int Count, int Base) IncidentFlag(string column)
    {
        var incidents = Records("incidents.csv");
        return (incidents.Count(r => r[column].Equals("True", StringComparison.OrdinalIgnoreCase)), incidents.Count(r => r[column].Length > 0));
    }

    /// <summary>Victims in the shipped files with this value in the column, out of those where it is known (not "Unknown" or empty).</summary>
    public static (int Count, int Base) VictimValue(string column, string value)
    {
        var known = Records("victims.csv").Where(r => r[column] is not ("Unknown" or "")).ToList();
        return (known.Count(r => r[column] == value), known.Count);
    }

    /// <summary>Sets one cell: row as a spreadsheet numbers it (the header is row 1), column by its header name.</summary>
    public void Set(string file, int row, string column, string value) => Change(file, rows =>
        rows[row - 1][Array.IndexOf(rows[0], column)] = value);

    public void Change(string file, Action<List<string[]>> change)
    {
        var rows = Rows(Path, file);
        change(rows);
        File.WriteAllLines(System.IO.Path.Combine(Path, file), rows.Select(Join));
    }

    public void Delete(string file) => File.Delete(System.IO.Path.Combine(Path, file));

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static string Join(string[] cells) =>
        string.Join(",", cells.Select(c => c.Contains(',') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"")}\"" : c));
}
