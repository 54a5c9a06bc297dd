namespace DhrTracker.Core.People;

/// <summary>How the victim died, as the Home Office and national reports separate reviews.</summary>
public enum DeathType
{
    Homicide,
    Suicide,

    /// <summary>An unexpected death where domestic abuse is suspected (the 2024 draft guidance widened scope to these).</summary>
    UnexpectedDeath,
}
