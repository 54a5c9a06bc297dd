namespace DhrTracker.Core.People;

public sealed class Victim : PersonRecord
{
    /// <summary>16 or over: younger deaths are child safeguarding practice reviews, not DHRs.</summary>
    public int AgeAtDeath { get; set; }

    public bool DeathBySuicide { get; set; }

    /// <summary>
    /// Restricted (<see cref="Access.SensitiveFacts"/>): only the partnership's Coordinators and the
    /// review's chair and author receive it. Never listed, exported or briefed.
    /// </summary>
    public string? RealName { get; set; }
}
