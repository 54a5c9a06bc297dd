namespace DhrTracker.Core.Partnerships;

public sealed record PartnershipSummary(int Id, string Name);
