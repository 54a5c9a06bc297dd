namespace DhrTracker.Core.Actions;

/// <summary>Creating or editing an action. Completion, cancellation and sign-off have their own inputs.</summary>
public sealed class ActionInput
{
    /// <summary>The version the user loaded; null when adding.</summary>
    public Guid? Version { get; set; }

    public string Description { get; set; } = "";
    public int? OwnerAgencyId { get; set; }
    public string LeadOfficer { get; set; } = "";
    public string? LeadOfficerEmail { get; set; }
    public DateOnly? TargetDate { get; set; }

    /// <summary>Required when an existing target date moves; kept with the revision.</summary>
    public string? TargetDateReason { get; set; }

    public ActionStatus? Status { get; set; } = ActionStatus.NotStarted;
    public ActionRag? Rag { get; set; } = ActionRag.Green;

    public ActionInput Copy() => (ActionInput)MemberwiseClone();
}
