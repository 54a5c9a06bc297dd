using DhrTracker.Core.Audit;

namespace DhrTracker.Core.Identity;

/// <summary>
/// Who is asking, as the database says now (roles re-read on every call, so a removed role stops
/// writes at once rather than when the cookie next refreshes).
/// </summary>
public sealed record CurrentUser(string UserId, string DisplayName, IReadOnlySet<string> Roles, int? PartnershipId,
    int? AgencyId = null)
{
    public static readonly CurrentUser Anonymous = new("", "Anonymous", new HashSet<string>(), null);

    /// <summary>Where the request comes from (IP, browser, circuit), copied onto every audit row.</summary>
    public RequestOrigin? Origin { get; init; }

    public bool IsAuthenticated => UserId.Length > 0;

    public bool IsIn(string role) => Roles.Contains(role);

    public string RoleList => string.Join(",", Roles.Order());
}
