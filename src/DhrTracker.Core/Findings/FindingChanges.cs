namespace DhrTracker.Core.Findings;

/// <summary>Copies an edit onto a finding and names the fields that changed, for the audit trail (names only, never values).</summary>
internal static class FindingChanges
{
    public static IReadOnlyList<string> Apply(Finding finding, FindingInput input, IReadOnlyList<Guid> themeIds, Func<string?, string?> tidy)
    {
        var changed = new List<string>();
        void Set<T>(string name, T before, T after, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changed.Add(name);
                assign(after);
            }
        }

        Set(nameof(Finding.Type), finding.Type, input.Type!.Value, v => finding.Type = v);
        var (agencyId, isOther, agencyText) = FindingAgencyCheck.Stored(input, finding);
        Set(nameof(Finding.AgencyId), finding.AgencyId, agencyId, v => finding.AgencyId = v);
        Set(nameof(Finding.AgencyIsOther), finding.AgencyIsOther, isOther, v => finding.AgencyIsOther = v);
        Set(nameof(Finding.AgencyName), finding.AgencyName, agencyText, v => finding.AgencyName = v);
        Set(nameof(Finding.Narrative), finding.Narrative, input.Narrative.Trim(), v => finding.Narrative = v);
        Set(nameof(Finding.PeriodOrEvent), finding.PeriodOrEvent, tidy(input.PeriodOrEvent), v => finding.PeriodOrEvent = v);

        var held = finding.Themes.Select(t => t.ThemeId).ToHashSet();
        if (!held.SetEquals(themeIds))
        {
            changed.Add(nameof(Finding.Themes));
            finding.Themes.RemoveAll(t => !themeIds.Contains(t.ThemeId));
            finding.Themes.AddRange(themeIds.Where(id => !held.Contains(id)).Select(id => new FindingTheme { FindingId = finding.Id, ThemeId = id }));
        }

        return changed;
    }
}
