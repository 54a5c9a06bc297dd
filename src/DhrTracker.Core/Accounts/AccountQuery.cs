namespace DhrTracker.Core.Accounts;

/// <summary>Filters of the accounts list; null means "any". Search matches name or email.</summary>
public sealed record AccountQuery(
    string? Search = null,
    AccountStatus? Status = null,
    string? Role = null,
    int? PartnershipId = null);
