using DhrTracker.Core.Actions;

namespace DhrTracker.Core.Import;

/// <summary>A recommendation the action-plans file asks for, with its actions, checked and ready to write.</summary>
internal sealed record PlannedRecommendation(
    Guid ReviewId,
    string Reference,
    int Number,
    string Text,
    RecommendationScope Scope,
    bool MultiAgency,
    int? AddressedToAgencyId,
    DateOnly MadeOn,
    IReadOnlyList<PlannedAction> Actions);

internal sealed record PlannedAction(
    int Number,
    string Description,
    int OwnerAgencyId,
    string OwnerAgency,
    string LeadOfficer,
    DateOnly TargetDate,
    ActionStatus Status,
    DateOnly? CompletedOn,
    string? Outcome);

/// <summary>What the action-plans check needs to know of a review already in the register.</summary>
internal sealed record ExistingReview(Guid Id, string Reference, DateOnly DateNotified, DateOnly? DecisionDate, DateOnly? PublicationDate,
    IReadOnlySet<int> RecommendationNumbers);
