namespace DhrTracker.Core.Reviews;

/// <summary>Filters of the reviews list; null means "any".</summary>
public sealed record ReviewQuery(string? Search = null, ReviewStage? Stage = null);
