using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DhrTracker.Core.Audit;

/// <summary>
/// What a change touched, for the audit row: <see cref="Of"/> names the fields (the row's Detail, which
/// administrators read); <see cref="Values"/> gives them with their values before and after (the row's
/// change set, which only the review's Coordinators read).
/// </summary>
public static class ChangedFields
{
    /// <summary>Longest text value kept; longer ones are cut, so a pasted report does not fill the trail.</summary>
    public const int MaxTextLength = 500;

    private static readonly HashSet<string> Bookkeeping = ["Version", "UpdatedUtc", "CreatedUtc"];

    // Secrets and file bytes never reach the trail, whatever entity a caller hands in.
    private static readonly string[] SecretEndings = ["Hash", "Stamp", "Secret", "Token", "Key"];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Of(EntityEntry entry)
    {
        entry.DetectChanges();
        return string.Join(", ", Changed(entry).Select(p => p.Metadata.Name));
    }

    /// <summary>
    /// The changed fields as JSON <c>{"Field":[before, after]}</c>: a new record has null before, a removed
    /// one null after. Null when nothing changed. Keys, bookkeeping, secrets and binary contents are left out;
    /// text is cut at <see cref="MaxTextLength"/> characters.
    /// </summary>
    public static string? Values(EntityEntry entry)
    {
        var values = new Dictionary<string, object?[]>();
        AddValues(values, entry);
        return Serialize(values);
    }

    /// <summary>
    /// Adds an entry's changed fields to <paramref name="values"/>, named "{record}: {field}" when
    /// <paramref name="record"/> is given, so one audit row can cover several records created together.
    /// </summary>
    public static void AddValues(Dictionary<string, object?[]> values, EntityEntry entry, string? record = null)
    {
        // A record just added has nothing to compare with: its current values are the values.
        if (entry.State != EntityState.Added)
        {
            entry.DetectChanges();
        }

        foreach (var p in Changed(entry))
        {
            var before = entry.State == EntityState.Added ? null : p.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : p.CurrentValue;
            if (before is byte[] || after is byte[])
            {
                continue;
            }

            values[record is null ? p.Metadata.Name : $"{record}: {p.Metadata.Name}"] = [Cut(before), Cut(after)];
        }
    }

    /// <summary>
    /// Adds a new record's fields, given as (name, is key, value) without an entry to read them from (the bulk
    /// import writes untracked records), by the same rules as <see cref="AddValues"/> for an added entry.
    /// </summary>
    public static void AddNew(Dictionary<string, object?[]> values, IEnumerable<(string Name, bool IsKey, object? Value)> fields, string? record = null)
    {
        foreach (var (name, isKey, value) in fields)
        {
            if (value is null or byte[] || isKey || Bookkeeping.Contains(name) || IsSecret(name))
            {
                continue;
            }

            values[record is null ? name : $"{record}: {name}"] = [null, Cut(value)];
        }
    }

    /// <summary>Values as stored in the audit row's change set; null when there are none.</summary>
    public static string? Serialize(Dictionary<string, object?[]> values) =>
        values.Count == 0 ? null : JsonSerializer.Serialize(values, Json);

    /// <summary>Merges several entries' values (e.g. a record and the link rows added with it) under one JSON object.</summary>
    public static string? Merge(params string?[] parts)
    {
        var merged = new Dictionary<string, JsonElement>();
        foreach (var part in parts.Where(p => p is not null))
        {
            foreach (var field in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(part!)!)
            {
                merged[field.Key] = field.Value;
            }
        }

        return merged.Count == 0 ? null : JsonSerializer.Serialize(merged, Json);
    }

    /// <summary>One named field, for changes that are not a single entity's properties (e.g. a list of theme ids).</summary>
    public static string Field(string name, object? before, object? after) =>
        JsonSerializer.Serialize(new Dictionary<string, object?[]> { [name] = [Cut(before), Cut(after)] }, Json);

    private static IEnumerable<PropertyEntry> Changed(EntityEntry entry) => entry.Properties.Where(p =>
        !Bookkeeping.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey() && !IsSecret(p.Metadata.Name)
        && entry.State switch
        {
            EntityState.Added => p.CurrentValue is not null,
            EntityState.Deleted => p.OriginalValue is not null,
            _ => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue),
        });

    private static bool IsSecret(string name) =>
        name.Contains("Password", StringComparison.OrdinalIgnoreCase) || SecretEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    private static object? Cut(object? value) =>
        value is string { Length: > MaxTextLength } text ? text[..MaxTextLength] + "…" : value;
}
