namespace DhrTracker.Core.Synthetic;

/// <summary>How much synthetic data to make, and the seed that makes it the same every time.</summary>
public sealed record SyntheticSeedRequest(int Partnerships, int Reviews, int Seed);
