namespace DhrTracker.Core.Family;

/// <summary>
/// A family or network member's record merged fact by fact when someone saved it while this user was editing (R19, ADR
/// 0408; <see cref="FieldMerge"/>). Real name and contact details are null in both versions a user without the right
/// sees, so they are never a clash. Labels are the form's.
/// </summary>
public static class FamilyMemberMerge
{
    public static readonly IReadOnlyList<MergeField<FamilyMemberInput>> Fields =
    [
        Fact(nameof(FamilyMemberInput.Role), "Relationship to the victim", m => m.Role, (f, t) => t.Role = f.Role),
        Fact(nameof(FamilyMemberInput.Pseudonym), "Pseudonym", m => m.Pseudonym, (f, t) => t.Pseudonym = f.Pseudonym),
        Fact(nameof(FamilyMemberInput.RealName), "Real name", m => m.RealName ?? "", (f, t) => t.RealName = f.RealName),
        Fact(nameof(FamilyMemberInput.PreferredContact), "Preferred way of contact", m => m.PreferredContact, (f, t) => t.PreferredContact = f.PreferredContact),
        Fact(nameof(FamilyMemberInput.ContactDetails), "Contact details", m => m.ContactDetails ?? "", (f, t) => t.ContactDetails = f.ContactDetails),
        Fact(nameof(FamilyMemberInput.Language), "Language", m => m.Language ?? "", (f, t) => t.Language = f.Language),
        Fact(nameof(FamilyMemberInput.AccessNeeds), "Access needs", m => m.AccessNeeds ?? "", (f, t) => t.AccessNeeds = f.AccessNeeds),
        Fact(nameof(FamilyMemberInput.Consent), "Consent to be contacted", m => m.Consent, (f, t) => t.Consent = f.Consent),
        Fact(nameof(FamilyMemberInput.LeafletGivenOn), "Home Office leaflet given", m => m.LeafletGivenOn, (f, t) => t.LeafletGivenOn = f.LeafletGivenOn),
        Fact(nameof(FamilyMemberInput.HomicideServiceReferredOn), "Referred to the National Homicide Service", m => m.HomicideServiceReferredOn,
            (f, t) => t.HomicideServiceReferredOn = f.HomicideServiceReferredOn),
        Fact(nameof(FamilyMemberInput.AdvocacyOfferedOn), "Specialist advocacy offered", m => m.AdvocacyOfferedOn, (f, t) => t.AdvocacyOfferedOn = f.AdvocacyOfferedOn),
        Fact(nameof(FamilyMemberInput.AdvocacyOrganisation), "Advocacy service", m => m.AdvocacyOrganisation ?? "", (f, t) => t.AdvocacyOrganisation = f.AdvocacyOrganisation),
        Fact(nameof(FamilyMemberInput.AdvocacyAnswer), "Advocacy accepted or declined", m => m.AdvocacyAnswer, (f, t) => t.AdvocacyAnswer = f.AdvocacyAnswer),
        Fact(nameof(FamilyMemberInput.AdvocacyAnsweredOn), "Date accepted or declined", m => m.AdvocacyAnsweredOn, (f, t) => t.AdvocacyAnsweredOn = f.AdvocacyAnsweredOn),
    ];

    public static MergeResult<FamilyMemberInput> Merge(FamilyMemberInput? opened, FamilyMemberInput mine, FamilyMemberInput theirs)
    {
        var merged = mine.Copy();
        merged.Version = theirs.Version;
        return FieldMerge.Merge(Fields, opened, mine, theirs, merged);
    }

    private static MergeField<FamilyMemberInput> Fact(string name, string label, Func<FamilyMemberInput, object?> read,
        Action<FamilyMemberInput, FamilyMemberInput> copy) => new(name, label, read, copy, m => Show(read(m)));

    private static string Show(object? value) => value switch
    {
        null => "Not recorded",
        "" => "(blank)",
        string s => s,
        DateOnly d => UkDates.Format(d),
        NetworkRole r => r.Display(),
        ContactRoute r => r.Display(),
        ContactConsent c => c.Display(),
        _ => value.ToString() ?? "",
    };
}
