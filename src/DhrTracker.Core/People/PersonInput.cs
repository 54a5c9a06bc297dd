using DhrTracker.Core.Access;

namespace DhrTracker.Core.People;

/// <summary>
/// Demographics a form binds to, shared by victims and perpetrators. Mutable for binding. A sensitive
/// fact (<see cref="SensitiveFact"/>) the user may not read is null here, never a default that looks
/// like data, and is ignored when they save.
/// </summary>
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
    public bool? Alcohol { get; set; } = false;
    public bool? SubstanceMisuse { get; set; } = false;
    public bool HousingNeed { get; set; }
    public bool? Neurodiversity { get; set; } = false;
    public bool? PhysicalDisability { get; set; } = false;
    public bool Pregnancy { get; set; }
    public CarerRole CarerRole { get; set; }

    /// <summary>A copy of every entry (all values or text), for a merge to compare and settle without touching the form.</summary>
    public PersonInput Copy() => (PersonInput)MemberwiseClone();

    /// <summary>Writes the form to the record; facts outside <paramref name="readable"/> keep what is stored.</summary>
    internal void CopyTo(PersonRecord p, IReadOnlySet<SensitiveFact> readable)
    {
        p.Pseudonym = Pseudonym.Trim();
        p.Sex = Sex;
        p.GenderIdentity = GenderIdentity;
        p.SexualOrientation = SexualOrientation;
        p.Ethnicity = Ethnicity;
        p.Religion = Religion;
        p.HousingNeed = HousingNeed;
        p.Pregnancy = Pregnancy;
        p.CarerRole = CarerRole;
        if (readable.Contains(SensitiveFact.Disability))
        {
            p.Disability = Disability;
            p.Neurodiversity = Neurodiversity ?? false;
            p.PhysicalDisability = PhysicalDisability ?? false;
        }

        if (readable.Contains(SensitiveFact.MentalHealth))
        {
            p.MentalHealth = MentalHealth;
        }

        if (readable.Contains(SensitiveFact.Substance))
        {
            p.Alcohol = Alcohol ?? false;
            p.SubstanceMisuse = SubstanceMisuse ?? false;
        }
    }

    /// <summary>Reads the record into the form; facts outside <paramref name="readable"/> stay null.</summary>
    internal void CopyFrom(PersonRecord p, IReadOnlySet<SensitiveFact> readable)
    {
        Version = p.Version;
        Pseudonym = p.Pseudonym;
        Sex = p.Sex;
        GenderIdentity = p.GenderIdentity;
        SexualOrientation = p.SexualOrientation;
        Ethnicity = p.Ethnicity;
        Religion = p.Religion;
        HousingNeed = p.HousingNeed;
        Pregnancy = p.Pregnancy;
        CarerRole = p.CarerRole;
        var disability = readable.Contains(SensitiveFact.Disability);
        Disability = disability ? p.Disability : null;
        Neurodiversity = disability ? p.Neurodiversity : null;
        PhysicalDisability = disability ? p.PhysicalDisability : null;
        MentalHealth = readable.Contains(SensitiveFact.MentalHealth) ? p.MentalHealth : null;
        var substance = readable.Contains(SensitiveFact.Substance);
        Alcohol = substance ? p.Alcohol : null;
        SubstanceMisuse = substance ? p.SubstanceMisuse : null;
    }
}
