namespace DhrTracker.Core.People;

public sealed class PerpetratorInput : PersonInput
{
    public int? Age { get; set; }
    public bool? PreviousOffending { get; set; }
    public string? OffendingHistory { get; set; }
    public CourtOutcome CourtOutcome { get; set; }
    public bool PerpetratorSuicide { get; set; }
}
