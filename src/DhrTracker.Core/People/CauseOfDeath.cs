namespace DhrTracker.Core.People;

/// <summary>Home Office homicide index method of killing, as used in the DHR Library metadata.</summary>
public enum CauseOfDeath
{
    Unknown,
    SharpInstrument,
    BluntInstrument,
    HittingWithWeapon,
    ManualStrangulation,
    LigatureStrangulation,
    Suffocation,
    Arson,
    BurningOrScalding,
    Shooting,
    Drowning,
    FallToHardSurface,
    OtherPoisoning,
    CarbonMonoxidePoisoning,
    HitByVehicle,

    /// <summary>Death after neglect (the Home Office metadata's "negligence or neglect").</summary>
    Neglect,
    Other,
}
