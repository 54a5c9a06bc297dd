namespace DhrTracker.Core.Actions;

/// <summary>
/// One action with its progress, evidence and target-date history: what a lead officer sees. It names
/// the review only by reference and holds nothing of the victim, perpetrator or findings.
/// <see cref="Edit"/> is the action as an editable input, only for those who manage the plan while it is still open.
/// <see cref="SignedOffBeforeImport"/>: brought in by an import as complete, signed off before the partnership used DhrTracker.
/// <see cref="LastSet"/>: who last set the status and RAG and when, only for those who manage the plan (ADR 0380).
/// </summary>
public sealed record ActionDetail(
    ActionRow Action,
    string? Outcome,
    string? CancelReason,
    IReadOnlyList<ActionUpdateItem> Updates,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<TargetRevisionItem> TargetRevisions,
    bool CanReport,
    bool CanSignOff,
    ActionInput? Edit,
    bool SignedOffBeforeImport,
    StatusRagSetting? LastSet = null);
