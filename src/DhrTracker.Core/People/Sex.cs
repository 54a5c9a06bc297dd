namespace DhrTracker.Core.People;

public enum Sex
{
    NotKnown,
    Female,
    Male,
}
