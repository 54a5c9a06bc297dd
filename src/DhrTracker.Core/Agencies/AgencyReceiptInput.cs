namespace DhrTracker.Core.Agencies;

/// <summary>A submission arriving from an agency.</summary>
public sealed class AgencyReceiptInput
{
    /// <summary>The agency's involvement as the user loaded it.</summary>
    public Guid? Version { get; set; }

    public SubmissionKind? Kind { get; set; }
    public DateOnly? Received { get; set; }
}
