using DhrTracker.Core.Actions;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Import;
using DhrTracker.Core.Panel;
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
        AgencyId = w.Housing,
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

    /// <summary>A version from a future date, so it re-dates no review and needs no confirmation.</summary>
    public static TimescaleVersionInput Timescale(TestWorld w) => new()
    {
        PartnershipId = w.PartnershipA,
        EffectiveFrom = new DateOnly(2027, 4, 1),
        DecisionDueMonths = 1,
        ReportDueMonths = 12,
        Reason = "Revised statutory guidance 2027",
    };

    public static RevisedTimetableInput RevisedTimetable(TestWorld w) => new()
    {
        Version = w.VersionOf<Review>(w.A1.ReviewId),
        RevisedTargetDate = new DateOnly(2027, 6, 30),
        Reason = "Inquest listed for May; agreed with the Home Office.",
        AgreedOn = new DateOnly(2026, 11, 20),
    };

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

    /// <summary>A1's meeting still to come, or the one already held (seeded by <see cref="TestWorld"/>).</summary>
    public static Guid MeetingOf(TestWorld w, bool held) => w.Read(c => c.Set<PanelMeeting>()
        .Where(m => m.ReviewId == w.A1.ReviewId && (m.StartsUtc < TestDatabase.Now.UtcDateTime) == held).Select(m => m.Id).Single());

    public static PanelMeetingInput Meeting(TestWorld w, Guid meetingId)
    {
        var meeting = w.Read(c => c.Set<PanelMeeting>().AsNoTracking().Single(m => m.Id == meetingId));
        return new PanelMeetingInput
        {
            Version = meeting.Version,
            Date = new DateOnly(2026, 12, 10),
            StartTime = new TimeOnly(14, 0),
            DurationMinutes = meeting.DurationMinutes,
            Location = "Room 5",
        };
    }

    /// <summary>The signed-in user's partnership's own QA cover letter's version (seeded by <see cref="TestWorld"/>); empty when it has none.</summary>
    public static Guid QaCoverVersion(TestWorld w) => w.Read(c => c.LetterTemplates
        .Where(t => t.Kind == DhrTracker.Core.Letters.LetterKind.QaSubmissionCover
            && c.Users.Any(u => u.Id == w.Db.User.UserId && u.PartnershipId == t.PartnershipId))
        .Select(t => t.Version).SingleOrDefault());
}
