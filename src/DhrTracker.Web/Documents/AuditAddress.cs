using System.Globalization;
using DhrTracker.Core.Audit;

namespace DhrTracker.Web.Documents;

/// <summary>An audit search in the address (<c>?user=…&amp;from=2026-11-01</c>): the page keeps its filters there and the CSV link reuses them.</summary>
public static class AuditAddress
{
    public const string User = "user", Reference = "reference", Action = "action", Outcome = "outcome", From = "from", To = "to";

    public static string Query(AuditSearch s)
    {
        var parts = new (string Key, string? Value)[]
        {
            (User, s.UserEmail), (Reference, s.ReviewReference), (Action, s.Action), (Outcome, s.Outcome?.ToString()),
            (From, s.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (To, s.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.Trim())}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    /// <summary>
    /// Reads the filters back. A value that is not a date or an outcome stays empty here; an unknown
    /// action is kept, so the validator names it.
    /// </summary>
    public static AuditSearch Parse(Func<string, string?> value) => new()
    {
        UserEmail = Blank(value(User)),
        ReviewReference = Blank(value(Reference)),
        Action = Blank(value(Action)),
        Outcome = Enum.TryParse<AuditOutcome>(value(Outcome), ignoreCase: true, out var o) && Enum.IsDefined(o) ? o : null,
        From = Date(value(From)),
        To = Date(value(To)),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
