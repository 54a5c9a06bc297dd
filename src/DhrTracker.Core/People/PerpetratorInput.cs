namespace DhrTracker.Core.People;

/// <summary>A perpetrator's form. Real name, offending and court outcome are sensitive facts: null when the user may not read them.</summary>
public sealed class PerpetratorInput : PersonInput
{
    public int? Age { get; set; }
    public bool? PreviousOffending { get; set; }
    public string? OffendingHistory { get; set; }
    public CourtOutcome? CourtOutcome { get; set; } = People.CourtOutcome.Unknown;
    public bool PerpetratorSuicide { get; set; }

    /// <summary>Restricted (<see cref="Access.SensitiveFact.RealName"/>): ignored, and the stored name kept, for anyone who may not read it.</summary>
    public string? RealName { get; set; }
}
