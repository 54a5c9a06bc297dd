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

    /// <summary>The review's regime, set from the review by the form and again by the service (never trusted from the caller).</summary>
    public ReviewRegime Regime { get; set; }

    public ReviewDecision? Decision { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionRationale { get; set; }
    public DateOnly? HomeOfficeNotifiedDate { get; set; }
    public string? HomeOfficeReference { get; set; }

    public DateOnly? ReconsideredOn { get; set; }
    public string? ReconsiderationReason { get; set; }

    /// <summary>On reconsideration: the Secretary of State directed a review (DVCVA 2004 s.9(2)), so it must now be held.</summary>
    public bool DirectedBySecretaryOfState { get; set; }

    public DateOnly? TermsOfReferenceDate { get; set; }

    public DateOnly? LocalSignOffDate { get; set; }
    public string? LocalSignOffBody { get; set; }
    public string? LocalSignOffApprover { get; set; }

    public DateOnly? QaSubmissionDate { get; set; }
    public QaOutcome? QaOutcome { get; set; }
    public DateOnly? QaOutcomeDate { get; set; }
    public DateOnly? PublicationDate { get; set; }
    public PublicationType? PublicationType { get; set; }
    public string? PublishedUrl { get; set; }
    public bool PublishedQaLetter { get; set; }
    public DateOnly? FamilyToldOfPublicationOn { get; set; }
    public DateOnly? NonPublicationAgreedOn { get; set; }
    public string? NonPublicationReason { get; set; }
    public DateOnly? CommissionerCopyDate { get; set; }
    public DateOnly? SecretaryOfStateCopyDate { get; set; }
    public DateOnly? ClosedDate { get; set; }
}
