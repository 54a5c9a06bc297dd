using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Family;

/// <summary>A review on the dashboard whose family involvement is behind, and in what (a reference and a gap, never case content).</summary>
public sealed record FamilyGap(Guid Id, string Reference, ReviewStage Stage, string Gap);
