namespace DhrTracker.Core.Accounts;

/// <summary>A partnership an Administrator may put accounts in, with the active agencies of its register.</summary>
public sealed record AccountPartnershipOption(int Id, string Name, IReadOnlyList<AccountAgencyOption> Agencies);
