namespace DhrTracker.Core.Family;

/// <summary>A family or network member as the form edits them; restricted facts are null for anyone who may not read them.</summary>
public sealed class FamilyMemberInput
{
    public NetworkRole? Role { get; set; }
    public string Pseudonym { get; set; } = "";

    /// <summary>Restricted (<see cref="Access.SensitiveFact.FamilyIdentity"/>): ignored, and the stored value kept, for anyone who may not read it.</summary>
    public string? RealName { get; set; }

    public ContactRoute? PreferredContact { get; set; }

    /// <summary>Restricted, as <see cref="RealName"/>.</summary>
    public string? ContactDetails { get; set; }

    public string? Language { get; set; }
    public string? AccessNeeds { get; set; }
    public ContactConsent Consent { get; set; } = ContactConsent.NotAsked;
    public DateOnly? LeafletGivenOn { get; set; }
    public DateOnly? AdvocacyOfferedOn { get; set; }
    public string? AdvocacyOrganisation { get; set; }
    public AdvocacyAnswer? AdvocacyAnswer { get; set; }
    public DateOnly? AdvocacyAnsweredOn { get; set; }
    public DateOnly? HomicideServiceReferredOn { get; set; }
    public Guid? Version { get; set; }

    /// <summary>A copy for a form to edit, so cancelling leaves the list as it was.</summary>
    public FamilyMemberInput Copy() => (FamilyMemberInput)MemberwiseClone();
}
