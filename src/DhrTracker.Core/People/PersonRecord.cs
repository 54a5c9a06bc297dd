namespace DhrTracker.Core.People;

/// <summary>
/// Demographics shared by victims and perpetrators (Home Office DHR Library metadata). Not an
/// entity itself: each subclass has its own table, so a victim can never be mistaken for a perpetrator.
/// </summary>
public abstract class PersonRecord : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>How the person is named everywhere, e.g. "Adult A".</summary>
    public string Pseudonym { get; set; } = "";

    public Sex Sex { get; set; }
    public GenderIdentity GenderIdentity { get; set; }
    public SexualOrientation SexualOrientation { get; set; }
    public Ethnicity Ethnicity { get; set; }
    public Religion Religion { get; set; }
    public bool? Disability { get; set; }
    public bool? MentalHealth { get; set; }
    public bool Alcohol { get; set; }
    public bool SubstanceMisuse { get; set; }
    public bool HousingNeed { get; set; }
    public bool Neurodiversity { get; set; }
    public bool PhysicalDisability { get; set; }
    public bool Pregnancy { get; set; }
    public CarerRole CarerRole { get; set; }

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
