namespace DhrTracker.Core.Family;

/// <summary>
/// A member of the victim's family or wider network (friend, employer, anyone who knew them) whom the review
/// contacts or may contact. Named everywhere by <see cref="Role"/> and <see cref="Pseudonym"/>.
/// </summary>
public sealed class FamilyMember : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public NetworkRole Role { get; set; }

    /// <summary>How the person is named in lists and the report, e.g. "Sister A".</summary>
    public string Pseudonym { get; set; } = "";

    /// <summary>Restricted (<see cref="Access.SensitiveFact.FamilyIdentity"/>), with <see cref="ContactDetails"/>.</summary>
    public string? RealName { get; set; }

    public ContactRoute? PreferredContact { get; set; }

    /// <summary>Restricted (<see cref="Access.SensitiveFact.FamilyIdentity"/>): a telephone number, an address, an email.</summary>
    public string? ContactDetails { get; set; }

    public string? Language { get; set; }
    public string? AccessNeeds { get; set; }
    public ContactConsent Consent { get; set; } = ContactConsent.NotAsked;

    /// <summary>The day the Home Office leaflet for families was given.</summary>
    public DateOnly? LeafletGivenOn { get; set; }

    public DateOnly? AdvocacyOfferedOn { get; set; }

    /// <summary>The advocacy service offered, e.g. AAFDA.</summary>
    public string? AdvocacyOrganisation { get; set; }

    public AdvocacyAnswer? AdvocacyAnswer { get; set; }
    public DateOnly? AdvocacyAnsweredOn { get; set; }

    /// <summary>Referral to the National Homicide Service (after a murder or manslaughter); null where it does not apply or was not made.</summary>
    public DateOnly? HomicideServiceReferredOn { get; set; }

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
