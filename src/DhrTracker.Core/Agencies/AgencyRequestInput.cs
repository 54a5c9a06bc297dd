namespace DhrTracker.Core.Agencies;

/// <summary>Asking an agency for a submission: when it was asked and when it is due.</summary>
public sealed class AgencyRequestInput
{
    /// <summary>The agency's involvement as the user loaded it.</summary>
    public Guid? Version { get; set; }

    public SubmissionKind? Kind { get; set; }
    public DateOnly? Requested { get; set; }
    public DateOnly? Due { get; set; }
}
