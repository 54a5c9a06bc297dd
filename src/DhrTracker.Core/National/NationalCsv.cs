using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using DhrTracker.Core.Import;
using DhrTracker.Core.People;

namespace DhrTracker.Core.National;

/// <summary>The three files read into rows ready to save, or every problem found (then nothing is saved).</summary>
internal sealed record NationalRows(
    IReadOnlyList<NationalIncident> Incidents,
    IReadOnlyList<NationalVictim> Victims,
    IReadOnlyList<NationalPerpetrator> Perpetrators,
    IReadOnlyList<NationalProblem> Problems,
    int ProblemCount);

/// <summary>
/// Reads and checks the DHRD files completely before anything is written. Only the columns DhrTracker
/// uses must be present (the CSV header is the truth; extra columns are ignored). Booleans are
/// "True", "False" or empty (unknown), in any case; "Unknown" or empty age bands and sexes are null;
/// relationship and verdict wording is kept as the Home Office gave it (ADR 0332).
/// </summary>
internal static partial class NationalCsv
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly (string Column, Action<NationalIncident, bool?> Set)[] IncidentFlags =
    [
        ("multiple_victims", (i, v) => i.MultipleVictims = v),
        ("intimate_partner_violence", (i, v) => i.IntimatePartnerViolence = v),
        ("familial_homicide", (i, v) => i.FamilialHomicide = v),
        ("parricide", (i, v) => i.Parricide = v),
        ("homicide_suicide", (i, v) => i.HomicideSuicide = v),
        ("children_present", (i, v) => i.ChildrenPresent = v),
        ("coercive_control", (i, v) => i.CoerciveControl = v),
        ("economic_abuse", (i, v) => i.EconomicAbuse = v),
        ("physical_abuse", (i, v) => i.PhysicalAbuse = v),
        ("emotional_abuse", (i, v) => i.EmotionalAbuse = v),
        ("sexual_abuse", (i, v) => i.SexualAbuse = v),
        ("stalking", (i, v) => i.Stalking = v),
        ("separation", (i, v) => i.Separation = v),
        ("honour_based_violence", (i, v) => i.HonourBasedViolence = v),
        ("forced_marriage", (i, v) => i.ForcedMarriage = v),
    ];

    private static readonly string[] IncidentColumns = ["incident_id", "csp", "region", "death_date", .. IncidentFlags.Select(f => f.Column)];
    private static readonly string[] VictimColumns = ["victim_id", "incident_id", "age_at_death", "sex_of_victim", "relationship_to_perpetrator", "victim_suicide"];
    private static readonly string[] PerpetratorColumns = ["perpetrator_id", "incident_id", "age_at_fatal_incident", "sex_of_perpetrator", "court_verdict"];

    /// <summary>The victim bands the comparison uses: a DHR covers deaths at 16 or over.</summary>
    private static readonly HashSet<string> VictimBands =
        Enum.GetValues<AgeBand>().Where(b => b != AgeBand.Under16).Select(b => b.Display()).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private const int BandMaxLength = 20;

    public static NationalRows Check(NationalDataFiles files)
    {
        var problems = new Problems();
        var incidentsTable = Read(files.Incidents, NationalDataFiles.IncidentsFile, IncidentColumns, problems);
        var victimsTable = Read(files.Victims, NationalDataFiles.VictimsFile, VictimColumns, problems);
        var perpetratorsTable = Read(files.Perpetrators, NationalDataFiles.PerpetratorsFile, PerpetratorColumns, problems);
        if (incidentsTable is { Rows.Count: 0 })
        {
            problems.Add(new(incidentsTable.File, null, null, null, "has a header row but no incidents: the national data needs at least one."));
        }

        var incidents = incidentsTable is null ? [] : Incidents(incidentsTable, problems);

        // References are checked only against an incidents file that could be read, or every victim would be reported.
        var incidentIds = incidentsTable is null ? null : incidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var victims = victimsTable is null ? [] : Victims(victimsTable, incidentIds, problems);
        var perpetrators = perpetratorsTable is null ? [] : Perpetrators(perpetratorsTable, incidentIds, problems);
        return new NationalRows(incidents, victims, perpetrators, problems.Shown, problems.Count);
    }

    private static List<NationalIncident> Incidents(Table t, Problems problems)
    {
        var ids = new Ids(t, "incident_id", problems);
        var list = new List<NationalIncident>(t.Rows.Count);
        foreach (var row in t.Rows)
        {
            var incident = new NationalIncident
            {
                Id = ids.Take(row) ?? "",
                Csp = Text(t, row, "csp", NationalIncident.TextMaxLength, problems) ?? "",
                Region = Text(t, row, "region", NationalIncident.TextMaxLength, problems) ?? "",
                DeathYear = Year(t, row, problems),
            };
            foreach (var (column, set) in IncidentFlags)
            {
                set(incident, Flag(t, row, column, problems));
            }

            list.Add(incident);
        }

        return list;
    }

    private static List<NationalVictim> Victims(Table t, HashSet<string>? incidentIds, Problems problems)
    {
        var ids = new Ids(t, "victim_id", problems);
        return t.Rows.Select(row => new NationalVictim
        {
            Id = ids.Take(row) ?? "",
            IncidentId = Incident(t, row, incidentIds, problems),
            AgeBand = VictimBand(t, row, problems),
            Sex = SexOf(t, row, "sex_of_victim", problems),
            Relationship = Text(t, row, "relationship_to_perpetrator", NationalIncident.TextMaxLength, problems),
            DiedBySuicide = Flag(t, row, "victim_suicide", problems),
        }).ToList();
    }

    private static List<NationalPerpetrator> Perpetrators(Table t, HashSet<string>? incidentIds, Problems problems)
    {
        var ids = new Ids(t, "perpetrator_id", problems);
        return t.Rows.Select(row => new NationalPerpetrator
        {
            Id = ids.Take(row) ?? "",
            IncidentId = Incident(t, row, incidentIds, problems),

            // Kept as written: the file has a "20-34" band beside "25-34" for perpetrators, and nothing compares them.
            AgeBand = Unknown(Text(t, row, "age_at_fatal_incident", BandMaxLength, problems)),
            Sex = SexOf(t, row, "sex_of_perpetrator", problems),
            CourtVerdict = Text(t, row, "court_verdict", NationalIncident.TextMaxLength, problems),
        }).ToList();
    }

    private static string Incident(Table t, Row row, HashSet<string>? incidentIds, Problems problems)
    {
        var id = t.Cell(row, "incident_id");
        if (id.Length == 0)
        {
            problems.Add(new(t.File, row.Number, "incident_id", null, "is empty: each row must name the incident it belongs to."));
        }
        else if (incidentIds is not null && !incidentIds.Contains(id))
        {
            problems.Add(new(t.File, row.Number, "incident_id", id, $"no incident in {NationalDataFiles.IncidentsFile} has this id."));
        }

        return id;
    }

    private static bool? Flag(Table t, Row row, string column, Problems problems)
    {
        var value = t.Cell(row, column);
        if (value.Length == 0)
        {
            return null;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        problems.Add(new(t.File, row.Number, column, value, "must be True, False or empty (not known)."));
        return null;
    }

    private static int? Year(Table t, Row row, Problems problems)
    {
        var value = t.Cell(row, "death_date");
        if (value.Length == 0)
        {
            return null;
        }

        var match = DeathDate().Match(value);
        if (match.Success)
        {
            return int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

        problems.Add(new(t.File, row.Number, "death_date", value, "must be a month and year (\"September 2018\"), a year (\"2018\") or empty."));
        return null;
    }

    private static string? VictimBand(Table t, Row row, Problems problems)
    {
        var value = Unknown(t.Cell(row, "age_at_death"));
        if (value is null || VictimBands.TryGetValue(value, out value))
        {
            return value;
        }

        problems.Add(new(t.File, row.Number, "age_at_death", t.Cell(row, "age_at_death"),
            $"must be one of {string.Join(", ", NationalComparison.VictimAgeBands.Select(b => b.Display()))}, Unknown or empty."));
        return null;
    }

    private static string? SexOf(Table t, Row row, string column, Problems problems)
    {
        var value = Unknown(t.Cell(row, column));
        if (value is null)
        {
            return null;
        }

        if (NationalComparison.ComparedSexes.Select(s => s.ToString()).FirstOrDefault(s => s.Equals(value, StringComparison.OrdinalIgnoreCase)) is { } sex)
        {
            return sex;
        }

        problems.Add(new(t.File, row.Number, column, value, "must be Female, Male, Other, Unknown or empty."));
        return null;
    }

    private static string? Text(Table t, Row row, string column, int maxLength, Problems problems)
    {
        var value = t.Cell(row, column);
        if (value.Length > maxLength)
        {
            problems.Add(new(t.File, row.Number, column, value[..Math.Min(40, value.Length)] + "…", $"is longer than {maxLength} characters."));
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    private static string? Unknown(string? value) =>
        string.IsNullOrEmpty(value) || value.Equals("Unknown", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static Table? Read(NationalDataFile? file, string name, string[] required, Problems problems)
    {
        if (file is null)
        {
            problems.Add(new(name, null, null, null,
                $"is missing: the national data is {NationalDataFiles.IncidentsFile}, {NationalDataFiles.VictimsFile} and {NationalDataFiles.PerpetratorsFile}, all three together."));
            return null;
        }

        if (file.Content.LongLength > ImportLimits.MaxBytes)
        {
            problems.Add(new(name, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"is {Math.Ceiling(file.Content.LongLength * 10.0 / (1024 * 1024)) / 10:0.#} MB, larger than the {ImportLimits.MaxBytes / (1024 * 1024)} MB a national data file may be.")));
            return null;
        }

        List<string[]> records;
        try
        {
            ReadOnlyMemory<byte> bytes = file.Content.AsSpan().StartsWith(Utf8Bom) ? file.Content.AsMemory(Utf8Bom.Length) : file.Content;
            using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false });
            records = [];
            while (csv.Read())
            {
                var cells = new string[csv.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = csv.GetString(i);
                }

                records.Add(cells);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            problems.Add(new(name, null, null, null, "could not be read as CSV. Save it as CSV (UTF-8) and try again."));
            return null;
        }

        var first = records.FindIndex(r => !r.All(string.IsNullOrWhiteSpace));
        if (first < 0)
        {
            problems.Add(new(name, null, null, null, "is empty: it has no header row."));
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (heading, index) in records[first].Select((h, i) => (h.Trim(), i)))
        {
            columns.TryAdd(heading, index);
        }

        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            problems.Add(new(name, null, column, null, "is missing from the header row (a renamed column counts as missing)."));
        }

        var rows = records.Skip(first + 1).Select((cells, i) => new Row(first + i + 2, cells))
            .Where(r => !r.Cells.All(string.IsNullOrWhiteSpace)).ToList();
        if (rows.Count > ImportLimits.MaxRows)
        {
            problems.Add(new(name, null, null, null, $"has {rows.Count:N0} rows, more than the {ImportLimits.MaxRows:N0} one load takes."));
            return null;
        }

        return missing.Count > 0 ? null : new Table(name, columns, rows);
    }

    [GeneratedRegex(@"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<year>\d{4})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeathDate();

    private sealed record Row(int Number, string[] Cells);

    private sealed record Table(string File, Dictionary<string, int> Columns, List<Row> Rows)
    {
        public string Cell(Row row, string column) =>
            Columns[column] < row.Cells.Length ? row.Cells[Columns[column]].Trim() : "";
    }

    /// <summary>A file's key column: present, short enough and unique (ignoring case, as SQL Server's keys do).</summary>
    private sealed class Ids(Table t, string column, Problems problems)
    {
        private readonly Dictionary<string, int> seen = new(StringComparer.OrdinalIgnoreCase);

        public string? Take(Row row)
        {
            var id = t.Cell(row, column);
            if (id.Length == 0)
            {
                problems.Add(new(t.File, row.Number, column, null, "is empty: every row needs an id."));
            }
            else if (id.Length > NationalIncident.IdMaxLength)
            {
                problems.Add(new(t.File, row.Number, column, id, $"is longer than {NationalIncident.IdMaxLength} characters."));
            }
            else if (!seen.TryAdd(id, row.Number))
            {
                problems.Add(new(t.File, row.Number, column, id, $"is a duplicate: row {seen[id]} has the same id."));
            }

            return id;
        }
    }

    /// <summary>Every problem is counted; the first <see cref="ImportLimits.ErrorsShown"/> are kept to show.</summary>
    private sealed class Problems
    {
        public List<NationalProblem> Shown { get; } = [];
        public int Count { get; private set; }

        public void Add(NationalProblem problem)
        {
            Count++;
            if (Shown.Count < ImportLimits.ErrorsShown)
            {
                Shown.Add(problem);
            }
        }
    }
}
