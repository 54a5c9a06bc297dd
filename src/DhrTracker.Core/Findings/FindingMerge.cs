using System.Globalization;

namespace DhrTracker.Core.Findings;

/// <summary>
/// A finding merged fact by fact when someone saved it while this user was editing it (R19, issue 15 item 4): the
/// type, the agency, the narrative, the period and the themes are each taken, kept or offered as "keep mine" /
/// "take theirs" (<see cref="FieldMerge"/>).
/// </summary>
public static class FindingMerge
{
    /// <summary>The form's entries for a stored finding: themes as they now count, so a merged theme reads as its target.</summary>
    public static FindingInput ToInput(FindingView f) => new()
    {
        Type = f.Type,
        AgencyId = f.Agency.AgencyId,
        OtherAgency = f.Agency.IsOther,
        AgencyNote = f.Agency.IsOther ? f.Agency.Text : null,
        Narrative = f.Narrative,
        PeriodOrEvent = f.PeriodOrEvent,
        ThemeIds = f.Themes.Select(t => t.Id).ToList(),
        Version = f.Version,
    };

    public static FindingInput Copy(FindingInput f) => new()
    {
        Type = f.Type,
        AgencyId = f.AgencyId,
        OtherAgency = f.OtherAgency,
        AgencyNote = f.AgencyNote,
        Narrative = f.Narrative,
        PeriodOrEvent = f.PeriodOrEvent,
        ThemeIds = [.. f.ThemeIds],
        Version = f.Version,
    };

    /// <summary>The facts, shown with the names of the register's agencies and of the themes the form knows.</summary>
    public static IReadOnlyList<MergeField<FindingInput>> Fields(IReadOnlyDictionary<int, string> agencies, IReadOnlyDictionary<Guid, string> themes) =>
    [
        new(nameof(FindingInput.Type), "Type of finding", f => f.Type, (from, to) => to.Type = from.Type,
            f => f.Type?.Display() ?? "(blank)"),
        new(nameof(FindingInput.AgencyId), "Agency", AgencyKey, (from, to) =>
        {
            to.AgencyId = from.AgencyId;
            to.OtherAgency = from.OtherAgency;
            to.AgencyNote = from.AgencyNote;
        }, f => f.OtherAgency ? $"Other: {f.AgencyNote}"
            : f.AgencyId is { } id ? agencies.GetValueOrDefault(id, "An agency no longer on the register")
            : "No single agency"),
        new(nameof(FindingInput.Narrative), "Narrative", f => f.Narrative, (from, to) => to.Narrative = from.Narrative,
            f => string.IsNullOrWhiteSpace(f.Narrative) ? "(blank)" : f.Narrative),
        new(nameof(FindingInput.PeriodOrEvent), "Period or event it concerns", f => f.PeriodOrEvent, (from, to) => to.PeriodOrEvent = from.PeriodOrEvent,
            f => string.IsNullOrWhiteSpace(f.PeriodOrEvent) ? "(blank)" : f.PeriodOrEvent),
        new(nameof(FindingInput.ThemeIds), "Themes", f => string.Join(",", f.ThemeIds.Order()), (from, to) => to.ThemeIds = [.. from.ThemeIds],
            f => f.ThemeIds.Count == 0 ? "No themes" : string.Join(", ", f.ThemeIds.Select(t => themes.GetValueOrDefault(t, "A retired theme")).Order(StringComparer.Ordinal))),
    ];

    /// <param name="opened">The finding as this user opened it; null when not known (a draft), so every difference is theirs to settle.</param>
    public static MergeResult<FindingInput> Merge(IReadOnlyList<MergeField<FindingInput>> fields, FindingInput? opened, FindingInput mine, FindingInput theirs)
    {
        var merged = Copy(mine);
        merged.Version = theirs.Version;
        return FieldMerge.Merge(fields, opened, mine, theirs, merged);
    }

    // The agency as one fact: a register agency, another agency with its note, or none.
    private static object? AgencyKey(FindingInput f) => f.OtherAgency ? $"other:{f.AgencyNote?.Trim()}" : f.AgencyId?.ToString(CultureInfo.InvariantCulture);
}
