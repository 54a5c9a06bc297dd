namespace DhrTracker.Core.People;

public enum DeathLocation
{
    NotKnown,
    Residential,
    PublicPlace,
    Other,
}
