namespace DhrTracker.Core.People;

public sealed class Victim : PersonRecord
{
    /// <summary>16 or over: younger deaths are child safeguarding practice reviews, not DHRs.</summary>
    public int AgeAtDeath { get; set; }

    public DeathType DeathType { get; set; } = DeathType.Homicide;

    /// <summary>Null when not yet recorded (reviews entered before it was asked).</summary>
    public PseudonymChoice? PseudonymChoice { get; set; }

    /// <summary>
    /// Restricted (<see cref="Access.SensitiveFacts"/>): only the partnership's Coordinators and the
    /// review's chair and author receive it. Never listed, exported or briefed.
    /// </summary>
    public string? RealName { get; set; }
}
