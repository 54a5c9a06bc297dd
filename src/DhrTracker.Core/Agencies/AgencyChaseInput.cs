namespace DhrTracker.Core.Agencies;

/// <summary>A reminder sent to an agency about a submission it owes.</summary>
public sealed class AgencyChaseInput
{
    public SubmissionKind? Kind { get; set; }
    public DateOnly? ChasedOn { get; set; }

    /// <summary>How and what was said (e.g. "Phoned the SPOC, promised by Friday"); never case content.</summary>
    public string? Note { get; set; }
}
