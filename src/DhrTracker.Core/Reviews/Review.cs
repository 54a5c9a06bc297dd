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
    public ReviewStage Stage { get; set; } = ReviewStage.Notified;

    public ReviewDecision Decision { get; set; } = ReviewDecision.Pending;
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionRationale { get; set; }
    public DateOnly? HomeOfficeNotifiedDate { get; set; }
    public string? HomeOfficeReference { get; set; }

    public string? IndependentChair { get; set; }
    public string? Author { get; set; }
    public DateOnly? TermsOfReferenceDate { get; set; }
    public DateOnly? ScopeStart { get; set; }
    public DateOnly? ScopeEnd { get; set; }

    public DateOnly? QaSubmissionDate { get; set; }
    public QaOutcome? QaOutcome { get; set; }
    public DateOnly? QaOutcomeDate { get; set; }
    public DateOnly? PublicationDate { get; set; }
    public PublicationType? PublicationType { get; set; }
    public DateOnly? CommissionerCopyDate { get; set; }
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

    public string CreatedByUserId { get; set; } = "";
    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public bool IsEnded => Stage is ReviewStage.Closed or ReviewStage.NotProceeding;

    public ReviewPause? OpenPause => Pauses.FirstOrDefault(p => p.EndDate is null);

    /// <summary>Who sits on the panel; the access rule for PanelMembers reads it.</summary>
    public List<PanelMembership> Panel { get; set; } = [];
}
