namespace DhrTracker.Core.Reviews;

public sealed record ReviewDetails(
    Guid Id,
    string Reference,
    string PartnershipName,
    DateOnly DateOfDeath,
    DateOnly DateNotified,
    ReviewStage Stage,
    DateTime CreatedUtc,
    bool CanChange);
