namespace DhrTracker.Core.Reviews;

public sealed record ReviewListItem(Guid Id, string Reference, DateOnly DateOfDeath, DateOnly DateNotified, ReviewStage Stage);
