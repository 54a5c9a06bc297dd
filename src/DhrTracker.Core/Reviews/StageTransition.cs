namespace DhrTracker.Core.Reviews;

/// <summary>One allowed move: from which stages, to which stage, and who may make it.</summary>
public sealed record StageTransition(ReviewMove Move, IReadOnlyList<ReviewStage> From, string Label, IReadOnlyList<string> Roles);
