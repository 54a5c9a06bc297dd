namespace DhrTracker.Core.Actions;

/// <summary>
/// A recommendation merged fact by fact when someone saved it while this user was editing it (R19, ADR 0408): its
/// number, wording, addressee, scope, date, themes and findings are each taken, kept or offered as "keep mine" / "take
/// theirs" (<see cref="FieldMerge"/>). Themes and findings are each one fact, compared as a set.
/// </summary>
public static class RecommendationMerge
{
    /// <summary>The form's entries for a stored recommendation: themes as they now count, so a merged theme reads as its target.</summary>
    public static RecommendationInput ToInput(RecommendationItem r) => new()
    {
        Version = r.Version,
        Number = r.Number,
        Text = r.Text,
        AddressedToAgencyId = r.AddressedToAgencyId,
        MultiAgency = r.MultiAgency,
        Scope = r.Scope,
        MadeOn = r.MadeOn,
        ThemeIds = r.Themes.Select(t => t.Id).ToList(),
        FindingIds = r.Findings.Select(f => f.Id).ToList(),
    };

    /// <summary>The facts, shown with the names the form knows: the register's agencies, the themes and the review's findings.</summary>
    public static IReadOnlyList<MergeField<RecommendationInput>> Fields(IReadOnlyDictionary<int, string> agencies, IReadOnlyDictionary<Guid, string> themes,
        IReadOnlyDictionary<Guid, string> findings) =>
    [
        Fact(nameof(RecommendationInput.Number), "Number", r => r.Number, (f, t) => t.Number = f.Number),
        Fact(nameof(RecommendationInput.Text), "Recommendation", r => r.Text, (f, t) => t.Text = f.Text),
        new(nameof(RecommendationInput.AddressedToAgencyId), "Addressed to", r => r.AddressedToAgencyId, (f, t) => t.AddressedToAgencyId = f.AddressedToAgencyId,
            r => r.AddressedToAgencyId is { } id ? agencies.GetValueOrDefault(id, "An agency no longer on the register") : "The partnership"),
        new(nameof(RecommendationInput.MultiAgency), "Multi-agency recommendation", r => r.MultiAgency, (f, t) => t.MultiAgency = f.MultiAgency,
            r => r.MultiAgency ? "Yes" : "No"),
        Fact(nameof(RecommendationInput.Scope), "Scope", r => r.Scope, (f, t) => t.Scope = f.Scope),
        Fact(nameof(RecommendationInput.MadeOn), "Date made", r => r.MadeOn, (f, t) => t.MadeOn = f.MadeOn),
        Set(nameof(RecommendationInput.ThemeIds), "Themes", r => r.ThemeIds, (f, t) => t.ThemeIds = [.. f.ThemeIds], themes, "A retired theme"),
        Set(nameof(RecommendationInput.FindingIds), "Findings it answers", r => r.FindingIds, (f, t) => t.FindingIds = [.. f.FindingIds], findings, "A removed finding"),
    ];

    /// <param name="opened">The recommendation as this user opened it; null when not known (a draft), so every difference is theirs to settle.</param>
    public static MergeResult<RecommendationInput> Merge(IReadOnlyList<MergeField<RecommendationInput>> fields, RecommendationInput? opened,
        RecommendationInput mine, RecommendationInput theirs)
    {
        var merged = mine.Copy();
        merged.Version = theirs.Version;
        return FieldMerge.Merge(fields, opened, mine, theirs, merged);
    }

    private static MergeField<RecommendationInput> Fact(string name, string label, Func<RecommendationInput, object?> read,
        Action<RecommendationInput, RecommendationInput> copy) => new(name, label, read, copy, r => Show(read(r)));

    private static MergeField<RecommendationInput> Set(string name, string label, Func<RecommendationInput, List<Guid>> read,
        Action<RecommendationInput, RecommendationInput> copy, IReadOnlyDictionary<Guid, string> names, string unknown) =>
        new(name, label, r => string.Join(",", read(r).Order()), copy,
            r => read(r).Count == 0 ? "None" : string.Join("; ", read(r).Select(id => names.GetValueOrDefault(id, unknown)).Order(StringComparer.Ordinal)));

    private static string Show(object? value) => value switch
    {
        null or "" => "(blank)",
        string s => s,
        DateOnly d => UkDates.Format(d),
        RecommendationScope s => ActionNames.Display(s),
        _ => value.ToString() ?? "",
    };
}
