namespace DhrTracker.Core.Actions;

/// <summary>A finding of the review as offered to, or shown on, a recommendation: numbered in the order recorded, with a short label.</summary>
public sealed record LinkedFinding(Guid Id, int Number, string Label);
