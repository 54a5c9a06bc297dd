using DhrTracker.Core.Data;

namespace DhrTracker.Core.Accounts;

/// <summary>The changeable facts of an account, before or after a change; roles sorted so two can be compared.</summary>
internal sealed record AccountChange(List<string> Roles, int? AgencyId, bool PanelEligible)
{
    /// <summary>
    /// "Roles: Coordinator -> Manager; Agency: (none) -> Police; Panel eligible: yes -> no" for the
    /// audit row (role and agency names only, never other personal values), or null when nothing changes.
    /// </summary>
    public async Task<string?> DescribeChangeFromAsync(AccountChange before, AppDbContext db, CancellationToken ct)
    {
        var parts = new List<string>();
        if (!before.Roles.SequenceEqual(Roles))
        {
            parts.Add($"Roles: {Names(before.Roles)} -> {Names(Roles)}");
        }

        if (before.AgencyId != AgencyId)
        {
            parts.Add($"Agency: {await AgencyNameAsync(db, before.AgencyId, ct)} -> {await AgencyNameAsync(db, AgencyId, ct)}");
        }

        if (before.PanelEligible != PanelEligible)
        {
            parts.Add($"Panel eligible: {YesNo(before.PanelEligible)} -> {YesNo(PanelEligible)}");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Names(List<string> roles) => roles.Count == 0 ? "(none)" : string.Join(", ", roles);

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static async Task<string> AgencyNameAsync(AppDbContext db, int? agencyId, CancellationToken ct) =>
        agencyId is { } id ? await db.Agencies.Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(ct) ?? "(unknown)" : "(none)";
}
