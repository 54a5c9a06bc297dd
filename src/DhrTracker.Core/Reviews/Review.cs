using DhrTracker.Core.Panel;
using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Reviews;

/// <summary>One statutory review of a death, owned by one partnership (DHR-PRIMER section 4, "Review").</summary>
public sealed class Review : IVersioned
{
    public Guid Id { get; set; }
    public int PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }

    /// <summary>Local reference, unique within the partnership (e.g. "Northbridge DHR12").</summary>
    public string Reference { get; set; } = "";

    public DateOnly DateOfDeath { get; set; }
    public DateOnly DateNotified { get; set; }
    public string? NotifyingAgency { get; set; }

    /// <summary>Who brought the death to the partnership; a Secretary of State direction (DVCVA 2004 s.9(2)) means a review must be held.</summary>
    public NotificationSource NotificationSource { get; set; } = NotificationSource.Agency;
    public ReviewStage Stage { get; set; } = ReviewStage.Notified;

    public ReviewDecision Decision { get; set; } = ReviewDecision.Pending;
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionRationale { get; set; }
    public DateOnly? HomeOfficeNotifiedDate { get; set; }
    public string? HomeOfficeReference { get; set; }

    /// <summary>
    /// When a decision not to hold was reopened (Home Office challenge, new facts such as an inquest's
    /// findings). The decision clock then runs from this date, not from the notification.
    /// </summary>
    public DateOnly? ReconsideredOn { get; set; }

    public string? ReconsiderationReason { get; set; }

    /// <summary>
    /// Names typed before the panel seats became the one source of chair and author (ADR 0385). Nothing
    /// writes them now; they are kept and shown until a chair or author is seated.
    /// </summary>
    public string? IndependentChair { get; set; }

    public string? Author { get; set; }
    public DateOnly? TermsOfReferenceDate { get; set; }
    public DateOnly? ScopeStart { get; set; }
    public DateOnly? ScopeEnd { get; set; }

    /// <summary>Local sign-off of the completed report (e.g. by the CSP board): the report is "completed" from this date.</summary>
    public DateOnly? LocalSignOffDate { get; set; }

    public string? LocalSignOffBody { get; set; }
    public string? LocalSignOffApprover { get; set; }

    /// <summary>A revised target date agreed (e.g. with the Home Office) for completing the report, shown beside the statutory one.</summary>
    public DateOnly? RevisedTargetDate { get; set; }

    public string? RevisedTargetReason { get; set; }
    public DateOnly? RevisedTargetAgreedOn { get; set; }

    public DateOnly? QaSubmissionDate { get; set; }
    public QaOutcome? QaOutcome { get; set; }
    public DateOnly? QaOutcomeDate { get; set; }
    public DateOnly? PublicationDate { get; set; }
    public PublicationType? PublicationType { get; set; }
    public string? PublishedUrl { get; set; }

    /// <summary>Whether the Home Office QA letter was published with the report.</summary>
    public bool PublishedQaLetter { get; set; }

    /// <summary>The day the family was told the report would be published (before publication).</summary>
    public DateOnly? FamilyToldOfPublicationOn { get; set; }

    /// <summary>An agreed decision not to publish (with the Home Office), an ending of the publication step.</summary>
    public DateOnly? NonPublicationAgreedOn { get; set; }

    public string? NonPublicationReason { get; set; }

    /// <summary>Due "as soon as reasonably practicable after the report is completed" (DVCVA 2004 s.9(3B)-(3C)).</summary>
    public DateOnly? CommissionerCopyDate { get; set; }

    /// <summary>Required only for reviews under the VPA 2024 s.19 regime (DARDRs), whose report also goes to the Secretary of State.</summary>
    public DateOnly? SecretaryOfStateCopyDate { get; set; }
    public DateOnly? ClosedDate { get; set; }

    /// <summary>Why the review must be kept whatever its age (e.g. an inquiry or litigation); null when no hold applies.</summary>
    public string? LegalHoldReason { get; set; }

    public DateOnly? LegalHoldSince { get; set; }

    /// <summary>
    /// Statutory due date of the clock now running (null when none runs). Derived by
    /// <see cref="ReviewClocks.ActiveClock"/> and stored so the list can filter and sort by RAG in SQL;
    /// refreshed by every change of stage, dates or partnership timescales.
    /// </summary>
    public DateOnly? ActiveDueDate { get; set; }

    public List<ReviewPause> Pauses { get; set; } = [];
    public List<ParallelProceeding> Proceedings { get; set; } = [];
    public List<ReviewEvent> Events { get; set; } = [];
    public List<QaDevelopmentArea> QaDevelopmentAreas { get; set; } = [];
    public List<PanelMeeting> Meetings { get; set; } = [];

    public string CreatedByUserId { get; set; } = "";
    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public bool IsEnded => Stage is ReviewStage.Closed or ReviewStage.NotProceeding;

    public ReviewPause? OpenPause => Pauses.FirstOrDefault(p => p.EndDate is null);

    /// <summary>Who sits on the panel; the access rule for PanelMembers reads it.</summary>
    public List<PanelMembership> Panel { get; set; } = [];
}
