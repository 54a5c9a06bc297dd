namespace DhrTracker.Core.Audit;

/// <summary>
/// Filters of the audit trail; empty means "any". The review's Audit tab uses all but
/// <see cref="ReviewReference"/>; <c>/admin/audit</c> uses all. Dates are UK calendar days, both included.
/// </summary>
public sealed class AuditSearch
{
    public string? UserEmail { get; set; }
    public string? ReviewReference { get; set; }
    public string? Action { get; set; }
    public AuditOutcome? Outcome { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>The filters in words, for the Detail of the row that records the search (no case content: emails, references, names).</summary>
    public string Describe()
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && !(value is string s && string.IsNullOrWhiteSpace(s)))
            {
                parts.Add($"{name}={value}");
            }
        }

        Add("user", UserEmail?.Trim());
        Add("reference", ReviewReference?.Trim());
        Add("action", Action);
        Add("outcome", Outcome);
        Add("from", From?.ToString("yyyy-MM-dd"));
        Add("to", To?.ToString("yyyy-MM-dd"));
        return parts.Count == 0 ? "no filters" : string.Join(", ", parts);
    }
}
