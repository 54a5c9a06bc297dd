namespace DhrTracker.Core.Accounts;

public sealed record AccountAgencyOption(int Id, string Name);
