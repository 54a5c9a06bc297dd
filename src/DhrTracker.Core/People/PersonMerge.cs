using System.Globalization;

namespace DhrTracker.Core.People;

/// <summary>
/// A victim's or a perpetrator's details merged fact by fact when someone saved them while this user was editing (R19,
/// ADR 0408; <see cref="FieldMerge"/>). A sensitive fact the user may not read is null in both versions the user sees,
/// so it is never a clash, and the service keeps the stored one when they save. Labels are the form's.
/// </summary>
public static class PersonMerge
{
    public static readonly IReadOnlyList<MergeField<VictimInput>> Victim =
    [
        .. Common<VictimInput>(),
        Fact<VictimInput>(nameof(VictimInput.AgeAtDeath), "Age at death", v => v.AgeAtDeath, (f, t) => t.AgeAtDeath = f.AgeAtDeath),
        Fact<VictimInput>(nameof(VictimInput.DeathType), "Type of death", v => v.DeathType, (f, t) => t.DeathType = f.DeathType),
        Fact<VictimInput>(nameof(VictimInput.PseudonymChoice), "Who chose the pseudonym", v => v.PseudonymChoice, (f, t) => t.PseudonymChoice = f.PseudonymChoice),
        Fact<VictimInput>(nameof(VictimInput.RealName), "Real name", v => v.RealName ?? "", (f, t) => t.RealName = f.RealName),
    ];

    public static readonly IReadOnlyList<MergeField<PerpetratorInput>> Perpetrator =
    [
        .. Common<PerpetratorInput>(),
        Fact<PerpetratorInput>(nameof(PerpetratorInput.Age), "Age at the time of the death", p => p.Age, (f, t) => t.Age = f.Age),
        Fact<PerpetratorInput>(nameof(PerpetratorInput.PreviousOffending), "Previous offending", p => p.PreviousOffending, (f, t) => t.PreviousOffending = f.PreviousOffending),
        Fact<PerpetratorInput>(nameof(PerpetratorInput.OffendingHistory), "Offending history", p => p.OffendingHistory ?? "", (f, t) => t.OffendingHistory = f.OffendingHistory),
        Fact<PerpetratorInput>(nameof(PerpetratorInput.CourtOutcome), "Court outcome", p => p.CourtOutcome, (f, t) => t.CourtOutcome = f.CourtOutcome),
        Fact<PerpetratorInput>(nameof(PerpetratorInput.PerpetratorSuicide), "Perpetrator died by suicide", p => p.PerpetratorSuicide, (f, t) => t.PerpetratorSuicide = f.PerpetratorSuicide),
        Fact<PerpetratorInput>(nameof(PerpetratorInput.RealName), "Real name", p => p.RealName ?? "", (f, t) => t.RealName = f.RealName),
    ];

    public static T Copy<T>(T input) where T : PersonInput => (T)input.Copy();

    /// <summary>The user's entries with what only the other person changed taken, saved next against their version.</summary>
    public static MergeResult<T> Merge<T>(IReadOnlyList<MergeField<T>> fields, T? opened, T mine, T theirs) where T : PersonInput
    {
        var merged = Copy(mine);
        merged.Version = theirs.Version;
        return FieldMerge.Merge(fields, opened, mine, theirs, merged);
    }

    /// <summary>The demographics both forms share (DemographicsFields).</summary>
    private static IEnumerable<MergeField<T>> Common<T>() where T : PersonInput =>
    [
        Fact<T>(nameof(PersonInput.Pseudonym), "Pseudonym", p => p.Pseudonym, (f, t) => t.Pseudonym = f.Pseudonym),
        Fact<T>(nameof(PersonInput.Sex), "Sex", p => p.Sex, (f, t) => t.Sex = f.Sex),
        Fact<T>(nameof(PersonInput.GenderIdentity), "Gender identity", p => p.GenderIdentity, (f, t) => t.GenderIdentity = f.GenderIdentity),
        Fact<T>(nameof(PersonInput.SexualOrientation), "Sexual orientation", p => p.SexualOrientation, (f, t) => t.SexualOrientation = f.SexualOrientation),
        Fact<T>(nameof(PersonInput.Ethnicity), "Ethnicity (ONS)", p => p.Ethnicity, (f, t) => t.Ethnicity = f.Ethnicity),
        Fact<T>(nameof(PersonInput.Religion), "Religion", p => p.Religion, (f, t) => t.Religion = f.Religion),
        Fact<T>(nameof(PersonInput.Disability), "Disability", p => p.Disability, (f, t) => t.Disability = f.Disability),
        Fact<T>(nameof(PersonInput.MentalHealth), "Mental health needs", p => p.MentalHealth, (f, t) => t.MentalHealth = f.MentalHealth),
        Fact<T>(nameof(PersonInput.Alcohol), "Alcohol", p => p.Alcohol, (f, t) => t.Alcohol = f.Alcohol),
        Fact<T>(nameof(PersonInput.SubstanceMisuse), "Substance misuse", p => p.SubstanceMisuse, (f, t) => t.SubstanceMisuse = f.SubstanceMisuse),
        Fact<T>(nameof(PersonInput.HousingNeed), "Housing", p => p.HousingNeed, (f, t) => t.HousingNeed = f.HousingNeed),
        Fact<T>(nameof(PersonInput.Neurodiversity), "Neurodiversity", p => p.Neurodiversity, (f, t) => t.Neurodiversity = f.Neurodiversity),
        Fact<T>(nameof(PersonInput.PhysicalDisability), "Physical disability", p => p.PhysicalDisability, (f, t) => t.PhysicalDisability = f.PhysicalDisability),
        Fact<T>(nameof(PersonInput.Pregnancy), "Pregnancy", p => p.Pregnancy, (f, t) => t.Pregnancy = f.Pregnancy),
        Fact<T>(nameof(PersonInput.CarerRole), "Carer role", p => p.CarerRole, (f, t) => t.CarerRole = f.CarerRole),
    ];

    private static MergeField<T> Fact<T>(string name, string label, Func<T, object?> read, Action<T, T> copy) =>
        new(name, label, read, copy, p => Show(read(p)));

    private static string Show(object? value) => value switch
    {
        null => "Not known",
        "" => "(blank)",
        string s => s,
        bool b => b ? "Yes" : "No",
        int i => i.ToString(CultureInfo.InvariantCulture),
        Enum e => Labels.Display(e),
        _ => value.ToString() ?? "",
    };
}
