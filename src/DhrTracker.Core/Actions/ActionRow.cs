namespace DhrTracker.Core.Actions;

/// <summary>
/// One action as a plan, dashboard or lead's list shows it. Holds no case content. <see cref="Rag"/> is as
/// shown (never greener than the dates); <see cref="RagSet"/> is the rating as last set (ADR 0380).
/// </summary>
public sealed record ActionRow(
    Guid Id,
    Guid ReviewId,
    string ReviewReference,
    string Number,
    string RecommendationText,
    string Description,
    int OwnerAgencyId,
    string OwnerAgency,
    string LeadOfficer,
    DateOnly TargetDate,
    ActionStatus Status,
    ActionRag Rag,
    bool IsOverdue,
    bool AwaitingSignOff,
    bool SignedOff,
    Guid Version,
    ActionRag RagSet);
