using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Actions;

/// <summary>The status and sign-off rules of an action, free of the database so they can be unit-tested.</summary>
public static class ActionRules
{
    public const string OutcomeNeeded = "Describe the outcome before marking the action complete.";
    public const string EvidenceNeeded = "Attach at least one piece of evidence before marking the action complete.";
    public const string OwnerCannotSignOff = "Sign-off must be by a manager outside the owning agency who did not mark it complete.";
    public const string NotAwaitingSignOff = "Only an action marked complete and not yet signed off can be signed off.";
    public const string Closed = "This action is signed off or cancelled: it can no longer change.";

    public const string StatusOnlyByOwnForm = "Status must be Not started, In progress, On track or Off track: Complete and Cancelled have their own forms.";
    public const string AwaitingSignOffNoProgress =
        "This action is marked complete and awaits a manager's sign-off: nothing more can be reported on it.";

    /// <summary>
    /// An open action due within this many days is "due soon": the actions dashboard counts it so, and its
    /// RAG reads at least Amber (ADR 0380).
    /// </summary>
    public const int DueSoonDays = 30;

    /// <summary>The statuses a person chooses; Complete and Cancelled are reached only by their own commands (ADR 0250).</summary>
    public static readonly IReadOnlyList<ActionStatus> ChosenStatuses =
        [ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.OnTrack, ActionStatus.OffTrack];

    /// <summary>Posting progress is work under way: Not started moves to In progress unless the poster chose a status (ADR 0380).</summary>
    public static ActionStatus StatusAfterProgress(ActionStatus current, ActionStatus? chosen) =>
        chosen ?? (current == ActionStatus.NotStarted ? ActionStatus.InProgress : current);

    /// <summary>
    /// The greenest RAG the dates allow, by the reviews' own rule (<see cref="ReviewClocks.RagFor"/>): Red once
    /// overdue, Amber within <see cref="DueSoonDays"/> of the target date. No floor once complete or closed.
    /// </summary>
    public static ActionRag DatesRag(ActionItem a, DateOnly today) =>
        !IsOpen(a) || a.Status == ActionStatus.Complete
            ? ActionRag.Green
            : ReviewClocks.RagFor(a.TargetDate, today, DueSoonDays) switch
            {
                Rag.Red => ActionRag.Red,
                Rag.Amber => ActionRag.Amber,
                _ => ActionRag.Green,
            };

    /// <summary>The RAG everyone sees: the lead's judgement, but never greener than the dates (ADR 0380).</summary>
    public static ActionRag ShownRag(ActionItem a, DateOnly today) =>
        (ActionRag)Math.Max((int)a.Rag, (int)DatesRag(a, today));

    /// <summary>Overdue is never stored: open and past its target date in the UK today.</summary>
    public static bool IsOverdue(ActionItem a, DateOnly today) => IsOpen(a) && a.Status != ActionStatus.Complete && a.TargetDate < today;

    /// <summary>Blocks closing the review: neither signed off nor cancelled (complete but unsigned is still open).</summary>
    public static bool IsOpen(ActionItem a) => a.Status != ActionStatus.Cancelled && a.SignedOffUtc is null;

    public static bool AwaitingSignOff(ActionItem a) => a.Status == ActionStatus.Complete && a.SignedOffUtc is null;

    /// <summary>Signed off or cancelled: nothing about it changes any more.</summary>
    public static bool IsFinished(ActionItem a) => !IsOpen(a);

    public static IEnumerable<FieldError> CheckComplete(ActionItem a, string? outcome, int evidenceCount)
    {
        if (IsFinished(a))
        {
            yield return new("", Closed);
            yield break;
        }

        if (string.IsNullOrWhiteSpace(outcome))
        {
            yield return new(nameof(CompleteActionInput.Outcome), OutcomeNeeded);
        }

        if (evidenceCount == 0)
        {
            yield return new("Evidence", EvidenceNeeded);
        }
    }

    /// <summary>
    /// The signer must be a Manager of the partnership (checked by the caller), must not belong to
    /// the owning agency and must not be the person who marked it complete (ADR 0250).
    /// </summary>
    public static FieldError? CheckSignOff(ActionItem a, string signerUserId, int? signerAgencyId)
    {
        if (!AwaitingSignOff(a))
        {
            return new("", NotAwaitingSignOff);
        }

        return signerAgencyId == a.OwnerAgencyId || signerUserId == a.CompletedByUserId
            ? new("", OwnerCannotSignOff)
            : null;
    }

    /// <summary>Share of a set of actions that is done: signed off, out of those not cancelled. Null when none count.</summary>
    public static double? CompletionRate(int signedOff, int notCancelled) =>
        notCancelled == 0 ? null : (double)signedOff / notCancelled;
}
