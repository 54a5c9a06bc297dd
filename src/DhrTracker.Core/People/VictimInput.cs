namespace DhrTracker.Core.People;

public sealed class VictimInput : PersonInput
{
    public int? AgeAtDeath { get; set; }
    public DeathType DeathType { get; set; } = DeathType.Homicide;
    public PseudonymChoice? PseudonymChoice { get; set; }

    /// <summary>Restricted (<see cref="Access.SensitiveFact.RealName"/>): ignored, and the stored name kept, for anyone who may not read it.</summary>
    public string? RealName { get; set; }
}
