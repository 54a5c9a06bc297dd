using DhrTracker.Core.Letters;

namespace DhrTracker.UnitTests.Letters;

/// <summary>A letter model with every fact filled (synthetic names only), and a way to blank one.</summary>
internal static class SampleLetter
{
    public static LetterModel Full() => new(
        new PartnershipFields("Northbridge Community Safety Partnership"),
        new ReviewFields("Northbridge DHR12", "Domestic Homicide Review", "DHR", "3 Mar 2026", "to hold a Domestic Homicide Review",
            "24 Mar 2026", "The criteria are met: the victim was killed by a former partner.", "24 Sep 2026", "Jordan Vale", "Adult Kestrel"),
        new AgencyFields("Northbridge Police", "Sam Ridley", "sam.ridley@police.example.org"),
        new RequestFields("14 May 2026", "28 May 2026"),
        new LetterFields("26 Nov 2026", "Casey Morrow"));

    /// <summary>Each placeholder's path with the value <see cref="Full"/> gives it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["partnership.name"] = "Northbridge Community Safety Partnership",
        ["review.reference"] = "Northbridge DHR12",
        ["review.type_name"] = "Domestic Homicide Review",
        ["review.type_abbreviation"] = "DHR",
        ["review.date_notified"] = "3 Mar 2026",
        ["review.decision"] = "to hold a Domestic Homicide Review",
        ["review.decision_date"] = "24 Mar 2026",
        ["review.decision_rationale"] = "The criteria are met: the victim was killed by a former partner.",
        ["review.statutory_deadline"] = "24 Sep 2026",
        ["review.chair"] = "Jordan Vale",
        ["review.victim"] = "Adult Kestrel",
        ["agency.name"] = "Northbridge Police",
        ["agency.contact_name"] = "Sam Ridley",
        ["agency.contact_email"] = "sam.ridley@police.example.org",
        ["request.due_date"] = "14 May 2026",
        ["request.chronology_due_date"] = "28 May 2026",
        ["letter.date"] = "26 Nov 2026",
        ["letter.signatory"] = "Casey Morrow",
    };
}
