namespace DhrTracker.Core.People;

public sealed class Perpetrator : PersonRecord
{
    /// <summary>Age at the time of the death; optional, and may be under 16.</summary>
    public int? Age { get; set; }

    public bool? PreviousOffending { get; set; }

    /// <summary>Short summary of known offending; criminal-offence data, restricted by <see cref="Access.SensitiveFacts"/>.</summary>
    public string? OffendingHistory { get; set; }

    public CourtOutcome CourtOutcome { get; set; }
    public bool PerpetratorSuicide { get; set; }
}
