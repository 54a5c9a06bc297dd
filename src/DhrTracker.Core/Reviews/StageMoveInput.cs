namespace DhrTracker.Core.Reviews;

/// <summary>
/// A move the coordinator asks for, with the facts that move needs (only those of the chosen move
/// are read). Mutable so the move form can bind to it; <see cref="Version"/> is the review as loaded.
/// </summary>
public sealed class StageMoveInput
{
    public ReviewMove Move { get; set; }
    public Guid Version { get; set; }
    public string? Note { get; set; }

    public ReviewDecision? Decision { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionRationale { get; set; }
    public DateOnly? HomeOfficeNotifiedDate { get; set; }
    public string? HomeOfficeReference { get; set; }

    public string? IndependentChair { get; set; }
    public DateOnly? TermsOfReferenceDate { get; set; }

    public DateOnly? QaSubmissionDate { get; set; }
    public QaOutcome? QaOutcome { get; set; }
    public DateOnly? QaOutcomeDate { get; set; }
    public DateOnly? PublicationDate { get; set; }
    public PublicationType? PublicationType { get; set; }
    public DateOnly? CommissionerCopyDate { get; set; }
    public DateOnly? ClosedDate { get; set; }
}
