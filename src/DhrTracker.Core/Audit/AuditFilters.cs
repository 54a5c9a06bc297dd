using System.Globalization;

namespace DhrTracker.Core.Audit;

/// <summary>
/// The filters of a list or export as the audit row's Detail, e.g. <c>stage=Notified; search=DHR 2026</c>: what
/// was asked for, never what came back. Only filters that were set are named; typed text is cut short.
/// </summary>
public static class AuditFilters
{
    private const int MaxText = 100;

    public static string Describe<TQuery>(TQuery query) where TQuery : notnull
    {
        var parts = typeof(TQuery).GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => (Name: p.Name, Value: p.GetValue(query)))
            .Where(p => p.Value is not (null or false) && !(p.Value is string s && string.IsNullOrWhiteSpace(s)))
            .Select(p => $"{char.ToLowerInvariant(p.Name[0])}{p.Name[1..]}={Text(p.Value!)}")
            .ToList();
        return parts.Count == 0 ? "no filters" : string.Join("; ", parts);
    }

    private static string Text(object value)
    {
        var text = value is true ? "yes" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        text = text.Trim();
        return text.Length > MaxText ? text[..MaxText] + "…" : text;
    }
}
