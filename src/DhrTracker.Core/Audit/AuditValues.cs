using System.Globalization;
using System.Text.Json;

namespace DhrTracker.Core.Audit;

/// <summary>Reads a change set (<c>{"Field":[before, after]}</c>, see <see cref="ChangedFields"/>) as fields with values in words.</summary>
public static class AuditValues
{
    public static IReadOnlyList<AuditFieldChange> Parse(string? values)
    {
        if (string.IsNullOrWhiteSpace(values))
        {
            return [];
        }

        try
        {
            using var doc = JsonDocument.Parse(values);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new AuditFieldChange("Values", "", values)];
            }

            return doc.RootElement.EnumerateObject().Select(Field).ToList();
        }
        catch (JsonException)
        {
            // A value set written in another shape still reaches the Coordinator, unformatted, rather than vanishing.
            return [new AuditFieldChange("Values", "", values)];
        }
    }

    private static AuditFieldChange Field(JsonProperty p)
    {
        var name = AuditLabels.Field(p.Name);
        return p.Value is { ValueKind: JsonValueKind.Array } pair && pair.GetArrayLength() == 2
            ? new AuditFieldChange(name, Text(pair[0]), Text(pair[1]))
            : new AuditFieldChange(name, "", Text(p.Value));
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.True => "Yes",
        JsonValueKind.False => "No",
        JsonValueKind.String => Date(value.GetString()!),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Text)),
        _ => value.GetRawText(),
    };

    // Dates travel as ISO text; people read them the UK way.
    private static string Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? UkDates.Format(date)
        : text.Length >= 19 && text[10] == 'T' && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? UkDates.FormatUtc(at)
        : text;
}
