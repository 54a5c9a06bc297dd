namespace DhrTracker.Core.People;

/// <summary>A perpetrator's form. Offending and court outcome are sensitive facts: null when the user may not read them.</summary>
public sealed class PerpetratorInput : PersonInput
{
    public int? Age { get; set; }
    public bool? PreviousOffending { get; set; }
    public string? OffendingHistory { get; set; }
    public CourtOutcome? CourtOutcome { get; set; } = People.CourtOutcome.Unknown;
    public bool PerpetratorSuicide { get; set; }
}
