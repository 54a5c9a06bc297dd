namespace DhrTracker.Core.People;

public sealed class VictimInput : PersonInput
{
    public int? AgeAtDeath { get; set; }
    public bool DeathBySuicide { get; set; }

    /// <summary>Restricted (<see cref="Access.SensitiveFact.RealName"/>): ignored, and the stored name kept, for anyone who may not read it.</summary>
    public string? RealName { get; set; }
}
