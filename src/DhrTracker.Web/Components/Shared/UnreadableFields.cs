using DhrTracker.Core.Common;

namespace DhrTracker.Web.Components.Shared;

/// <summary>
/// Boxes holding text that cannot be read as what they ask for (a date such as 31/02/2026). The box keeps the text
/// and hands its form no value, so the form must refuse to save while any remain: saving would quietly drop what
/// was typed. A form cascades one of these to its fields; <see cref="DateField"/> marks and clears itself (ADR 0384).
/// </summary>
public sealed class UnreadableFields
{
    private readonly Dictionary<string, string> messages = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => messages.Count > 0;

    public IReadOnlyList<FieldError> Errors => messages.Select(m => new FieldError(m.Key, m.Value)).ToList();

    public string? For(string field) => messages.GetValueOrDefault(field);

    public void Mark(string field, string message) => messages[field] = message;

    public void Clear(string field) => messages.Remove(field);
}
