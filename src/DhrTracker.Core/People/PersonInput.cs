namespace DhrTracker.Core.People;

/// <summary>Demographics a form binds to, shared by victims and perpetrators. Mutable for binding.</summary>
public abstract class PersonInput
{
    /// <summary>The version the user loaded; null when adding.</summary>
    public Guid? Version { get; set; }

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

    internal void CopyTo(PersonRecord p)
    {
        p.Pseudonym = Pseudonym.Trim();
        p.Sex = Sex;
        p.GenderIdentity = GenderIdentity;
        p.SexualOrientation = SexualOrientation;
        p.Ethnicity = Ethnicity;
        p.Religion = Religion;
        p.Disability = Disability;
        p.MentalHealth = MentalHealth;
        p.Alcohol = Alcohol;
        p.SubstanceMisuse = SubstanceMisuse;
        p.HousingNeed = HousingNeed;
        p.Neurodiversity = Neurodiversity;
        p.PhysicalDisability = PhysicalDisability;
        p.Pregnancy = Pregnancy;
        p.CarerRole = CarerRole;
    }

    internal void CopyFrom(PersonRecord p)
    {
        Version = p.Version;
        Pseudonym = p.Pseudonym;
        Sex = p.Sex;
        GenderIdentity = p.GenderIdentity;
        SexualOrientation = p.SexualOrientation;
        Ethnicity = p.Ethnicity;
        Religion = p.Religion;
        Disability = p.Disability;
        MentalHealth = p.MentalHealth;
        Alcohol = p.Alcohol;
        SubstanceMisuse = p.SubstanceMisuse;
        HousingNeed = p.HousingNeed;
        Neurodiversity = p.Neurodiversity;
        PhysicalDisability = p.PhysicalDisability;
        Pregnancy = p.Pregnancy;
        CarerRole = p.CarerRole;
    }
}
