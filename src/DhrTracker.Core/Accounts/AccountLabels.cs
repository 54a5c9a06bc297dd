using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Accounts;

/// <summary>Account statuses and roles in words, as the pages and the <c>dhr</c> command show them.</summary>
public static class AccountLabels
{
    public static string Status(AccountStatus status) => status switch
    {
        AccountStatus.Invited => "Invited",
        AccountStatus.Active => "Active",
        AccountStatus.Disabled => "Disabled",
        AccountStatus.Locked => "Locked (wrong passwords)",
        _ => status.ToString(),
    };

    public static string Role(string role) => role switch
    {
        Roles.PanelMember => "Panel member",
        Roles.AgencyLead => "Agency lead",
        _ => role,
    };

    public static string RoleList(IEnumerable<string> roles) => string.Join(", ", roles.Select(Role));

    /// <summary>
    /// The status of an account from its stored facts; <paramref name="now"/> decides whether a
    /// lockout still runs (compared in memory: SQLite cannot compare DateTimeOffset in SQL).
    /// </summary>
    public static AccountStatus StatusOf(DateTime? disabledUtc, DateTimeOffset? lockoutEnd, bool hasPassword, DateTimeOffset now) =>
        disabledUtc is not null ? AccountStatus.Disabled
        : lockoutEnd > now ? AccountStatus.Locked
        : !hasPassword ? AccountStatus.Invited
        : AccountStatus.Active;
}
