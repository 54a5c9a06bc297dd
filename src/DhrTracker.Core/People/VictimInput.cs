namespace DhrTracker.Core.People;

public sealed class VictimInput : PersonInput
{
    public int? AgeAtDeath { get; set; }
    public bool DeathBySuicide { get; set; }

    /// <summary>Only honoured for Coordinators; ignored (left unchanged) for everyone else.</summary>
    public string? RealName { get; set; }
}
