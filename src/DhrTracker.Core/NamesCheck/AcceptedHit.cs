namespace DhrTracker.Core.NamesCheck;

/// <summary>Why a hit may stay, who said so and when.</summary>
public sealed record AcceptedHit(string Reason, string By, DateTime AcceptedUtc);
