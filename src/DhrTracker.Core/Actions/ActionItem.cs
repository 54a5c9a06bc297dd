using DhrTracker.Core.Agencies;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Actions;

/// <summary>One SMART action of a recommendation, owned by one agency and tracked to sign-off.</summary>
public sealed class ActionItem : IVersioned
{
    public Guid Id { get; set; }
    public Guid RecommendationId { get; set; }
    public Recommendation? Recommendation { get; set; }

    /// <summary>Copied from the recommendation so plans, dashboards and the closure check filter without a join.</summary>
    public Guid ReviewId { get; set; }
    public Review? Review { get; set; }

    /// <summary>Position within the recommendation: action 2 of recommendation 3 reads "3.2".</summary>
    public int Number { get; set; }

    public string Description { get; set; } = "";
    public int OwnerAgencyId { get; set; }
    public Agency? OwnerAgency { get; set; }
    public string LeadOfficer { get; set; } = "";
    public string? LeadOfficerEmail { get; set; }
    public DateOnly TargetDate { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.NotStarted;
    public ActionRag Rag { get; set; } = ActionRag.Green;

    /// <summary>Who last set <see cref="Status"/> and when (UTC), shown to the plan's managers (ADR 0380). Null: set before this was kept.</summary>
    public string? StatusSetByUserId { get; set; }
    public DateTime? StatusSetUtc { get; set; }

    /// <summary>Who last set <see cref="Rag"/> and when (UTC); the lead's judgement, which the dates may override when shown.</summary>
    public string? RagSetByUserId { get; set; }
    public DateTime? RagSetUtc { get; set; }

    public string? Outcome { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? CompletedByUserId { get; set; }
    public string? CancelReason { get; set; }
    public string? SignedOffByUserId { get; set; }
    public DateTime? SignedOffUtc { get; set; }

    /// <summary>
    /// Brought in by an import as complete: signed off before the partnership used DhrTracker, so no
    /// manager here signed it (<see cref="SignedOffByUserId"/> is null). Never set for live work.
    /// </summary>
    public bool SignedOffBeforeImport { get; set; }

    public List<ActionUpdate> Updates { get; set; } = [];
    public List<ActionEvidence> Evidence { get; set; } = [];
    public List<ActionTargetRevision> TargetRevisions { get; set; } = [];

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
