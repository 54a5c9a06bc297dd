namespace DhrTracker.Core.Family;

/// <summary>A family or network member as the current user may see them: restricted facts in <c>Details</c> are null unless they may read them.</summary>
public sealed record FamilyMemberView(Guid Id, NetworkRole Role, string Pseudonym, FamilyMemberInput Details, Guid Version)
{
    public string Name => FamilyWords.Name(Role, Pseudonym);
}
