namespace DhrTracker.Core.Agencies;

/// <summary>One reminder sent to an agency about a submission it owes (how and what was said, never case content).</summary>
public sealed class SubmissionChase
{
    public Guid Id { get; set; }
    public Guid ReviewAgencyId { get; set; }
    public SubmissionKind Kind { get; set; }
    public DateOnly ChasedOn { get; set; }
    public string? Note { get; set; }
    public string CreatedByUserId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
