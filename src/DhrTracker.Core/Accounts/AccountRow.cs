namespace DhrTracker.Core.Accounts;

/// <summary>One account as the list shows it: who, what they may do, and whether they can sign in.</summary>
public sealed record AccountRow(
    string UserId,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    string? PartnershipName,
    string? AgencyName,
    AccountStatus Status,
    bool TwoFactorEnabled,
    DateTime? LastSignInUtc);
