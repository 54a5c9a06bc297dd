namespace DhrTracker.Core.People;

/// <summary>ONS census religion categories.</summary>
public enum Religion
{
    NotKnown,
    NoReligion,
    Christian,
    Buddhist,
    Hindu,
    Jewish,
    Muslim,
    Sikh,
    Other,
}
