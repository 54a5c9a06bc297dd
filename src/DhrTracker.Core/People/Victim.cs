namespace DhrTracker.Core.People;

public sealed class Victim : PersonRecord
{
    /// <summary>16 or over: younger deaths are child safeguarding practice reviews, not DHRs.</summary>
    public int AgeAtDeath { get; set; }

    public bool DeathBySuicide { get; set; }

    /// <summary>
    /// Restricted: only Coordinators of the partnership ever receive it. Never listed, exported or
    /// briefed; services project it out for every other role.
    /// </summary>
    public string? RealName { get; set; }
}
