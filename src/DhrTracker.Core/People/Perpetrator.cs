namespace DhrTracker.Core.People;

public sealed class Perpetrator : PersonRecord
{
    /// <summary>Age at the time of the death; optional, and may be under 16.</summary>
    public int? Age { get; set; }

    public bool? PreviousOffending { get; set; }

    /// <summary>Short summary of known offending; criminal-offence data, restricted by <see cref="Access.SensitiveFacts"/>.</summary>
    public string? OffendingHistory { get; set; }

    public CourtOutcome CourtOutcome { get; set; }

    /// <summary>
    /// Restricted (<see cref="Access.SensitiveFact.RealName"/>, as the victim's): only the partnership's Coordinators and the
    /// review's chair and author receive it. Held so the names check finds it in a report (ADR 0396); never listed, exported or briefed.
    /// </summary>
    public string? RealName { get; set; }
    public bool PerpetratorSuicide { get; set; }
}
