using DhrTracker.Core.Actions;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Import;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Reviews.Qa;

namespace DhrTracker.IntegrationTests.Access;

/// <summary>Valid forms for the access matrix's doors, built from what the world holds now (so versions are current).</summary>
internal static class Inputs
{
    public const string Password = "a long test passphrase 1";

    public static NewReviewInput NewReview() => new()
    {
        Reference = "DHR 2026/99",
        DateOfDeath = new DateOnly(2026, 9, 30),
        DateNotified = new DateOnly(2026, 10, 2),
    };

    /// <summary>A clean one-review history file for partnership A (a reference the world does not hold).</summary>
    public static ImportRequest ImportReviews(TestWorld w) => new(ImportKind.Reviews, "history.csv", System.Text.Encoding.UTF8.GetBytes(
        "reference,date_of_death,date_notified,decision,decision_date,victim_pseudonym,victim_age,victim_sex,relationship,children_in_household,themes\n"
        + "DHR 2019/01,2019-03-14,2019-03-20,hold,2019-04-25,Adult Q,34,female,partner,0,Coercive control\n"))
    {
        PartnershipId = w.PartnershipA,
    };

    public static ReviewRecordInput RecordOf(TestWorld w, Guid reviewId)
    {
        var input = ReviewRecordInput.From(w.Read(c => c.Reviews.AsNoTracking().Single(r => r.Id == reviewId)));
        input.NotifyingAgency = "Ambulance";
        return input;
    }

    public static FindingInput Finding(TestWorld w, Guid version = default) => new()
    {
        Type = FindingType.GoodPractice,
        AgencyName = "Housing",
        Narrative = "The housing officer asked about safety at every visit.",
        ThemeIds = [w.ThemeOfA("Coercive control")],
        Version = version,
    };

    public static RecommendationInput Recommendation(int number, Guid? version) => new()
    {
        Number = number,
        Text = "Share risk information.",
        Scope = RecommendationScope.Regional,
        MadeOn = CaseFile.RecommendationMade,
        Version = version,
    };

    public static ActionInput ActionOf(TestWorld w, Guid actionId)
    {
        var action = w.Read(c => c.Actions.AsNoTracking().Single(a => a.Id == actionId));
        return new ActionInput
        {
            Version = action.Version,
            Description = action.Description + " Reworded.",
            OwnerAgencyId = action.OwnerAgencyId,
            LeadOfficer = action.LeadOfficer,
            LeadOfficerEmail = action.LeadOfficerEmail,
            TargetDate = action.TargetDate,
            Status = action.Status,
            Rag = action.Rag,
        };
    }

    /// <summary>An area for final development from the world's QA letter (<see cref="QaLetter"/>), with text no seeded area has.</summary>
    public static QaAreaInput QaArea(int number, Guid? version) => new()
    {
        Number = number,
        Text = "Explain how the panel checked the chronology against the IMRs.",
        RaisedOn = QaLetter.Dated,
        Version = version,
    };

    public static PartnershipSettingsInput SettingsOf(TestWorld w)
    {
        var settings = PartnershipSettingsInput.From(w.Read(c => c.Partnerships.AsNoTracking().Single(p => p.Id == w.PartnershipA)));
        settings.AmberWindowDays = 14;
        return settings;
    }
}
