using System.Security.Cryptography;
using DhrTracker.Core.Data;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Family;
using DhrTracker.Core.Files;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DhrTracker.Core.Demo;

/// <summary>
/// The rest of a partnership's caseload (issue 16 item 14): a review in each stage the first reviews do not reach,
/// people on every review past notification, the panel member on three reviews, meetings, documents, more findings and two
/// families' involvement.
/// Kept apart from the facts the browser tests read (DHR3's findings, DHR1's Police actions, the "Coercive control" count).
/// </summary>
internal static class DemoCaseload
{
    public static Review[] Reviews(int partnershipId, DateOnly today, ClockSettings settings)
    {
        var commissioning = DemoData.DemoReview(partnershipId, "Northbridge DHR7", today.AddMonths(-3), 4, ReviewStage.Commissioning, settings);
        var signOff = DemoData.DemoReview(partnershipId, "Northbridge DHR8", today.AddMonths(-13), 5, ReviewStage.LocalSignOff, settings);
        var closed = DemoData.DemoReview(partnershipId, "Northbridge DHR9", today.AddMonths(-46), 8, ReviewStage.Closed, settings);
        var notHeld = DemoData.DemoReview(partnershipId, "Northbridge DHR10", today.AddMonths(-4), 3, ReviewStage.NotProceeding, settings);
        var gathering = DemoData.DemoReview(partnershipId, "Northbridge DHR12", today.AddMonths(-5), 6, ReviewStage.InformationGathering, settings);
        return [commissioning, signOff, closed, notHeld, gathering];
    }

    /// <param name="byReference">Every demo review of the home partnership by its reference.</param>
    public static async Task AddAsync(AppDbContext db, int partnershipId, IReadOnlyDictionary<string, Review> byReference,
        IReadOnlyDictionary<string, int> agencies, string panelMemberId, string uploaderId, DateOnly today, CancellationToken ct)
    {
        var dhr2 = byReference["Northbridge DHR2"];
        var dhr3 = byReference["Northbridge DHR3"];
        var dhr6 = byReference["Northbridge DHR6"];
        var dhr7 = byReference["Northbridge DHR7"];
        var dhr8 = byReference["Northbridge DHR8"];
        var dhr9 = byReference["Northbridge DHR9"];
        var dhr10 = byReference["Northbridge DHR10"];
        var dhr11 = byReference[DemoQa.Reference];
        var dhr12 = byReference["Northbridge DHR12"];

        // One of each shape of case a partnership meets: partner, familial, a male victim, an older victim, a death not reviewed.
        People(db, dhr6, ("Adult M", 36, Sex.Female), ("Adult N", 39, Sex.Male), RelationshipKind.Partner);
        People(db, dhr7, ("Adult P", 68, Sex.Male), ("Adult Q", 19, Sex.Male), RelationshipKind.Grandparent);
        People(db, dhr8, ("Adult R", 40, Sex.Male), ("Adult S", 37, Sex.Female), RelationshipKind.Cohabitant);
        People(db, dhr9, ("Adult T", 61, Sex.Female), ("Adult U", 64, Sex.Male), RelationshipKind.SpouseOrCivilPartner);
        People(db, dhr11, ("Adult V", 33, Sex.Female), ("Adult W", 35, Sex.Male), RelationshipKind.ExSpouse);
        People(db, dhr12, ("Adult Y", 27, Sex.Female), ("Adult Z", 30, Sex.Male), RelationshipKind.ExPartner);
        db.Victims.Add(DemoPeople.Victim(dhr10, "Adult X", 81, Sex.Female));

        // The panel member sits on three reviews (DHR3 stays their first), so their list is a real caseload.
        db.PanelMemberships.AddRange(
            new PanelMembership { Id = Guid.NewGuid(), ReviewId = dhr6.Id, UserId = panelMemberId, AgencyId = agencies["Police"], Role = PanelRole.Member },
            new PanelMembership { Id = Guid.NewGuid(), ReviewId = dhr8.Id, UserId = panelMemberId, AgencyId = agencies["Police"], Role = PanelRole.Member });

        db.ReviewAgencies.AddRange(
            Agency(dhr6, agencies["Mental health trust"], today.AddMonths(-6), today.AddMonths(-4), today.AddMonths(-4).AddDays(-2)),
            Agency(dhr6, agencies["IDVA / specialist domestic abuse service"], today.AddMonths(-6), today.AddMonths(-4), today.AddMonths(-4)),
            Agency(dhr7, agencies["Adult social care"], today.AddDays(-20), today.AddDays(40), null),
            Agency(dhr12, agencies["Children's social care"], today.AddMonths(-2), today.AddDays(5), null),
            Agency(dhr12, agencies["Drug and alcohol services"], today.AddMonths(-2), today.AddDays(-3), null),
            Agency(dhr8, agencies["Ambulance service"], today.AddMonths(-10), today.AddMonths(-8), today.AddMonths(-8).AddDays(4)),
            Agency(dhr2, agencies["Adult social care"], today.AddMonths(-12), today.AddMonths(-10), today.AddMonths(-10)));

        db.Set<PanelMeeting>().AddRange(
            Meeting(dhr3, today.AddDays(-35), "Committee Room 2", "Panel analysis: agency reports"),
            Meeting(dhr3, today.AddDays(21), "Online (joining link sent by email)", "Panel analysis: emerging findings"),
            Meeting(dhr6, today.AddDays(-60), "Committee Room 1", "Draft report: first reading"),
            Meeting(dhr6, today.AddDays(9), "Committee Room 1", "Draft report: second reading"));

        await FindingsAsync(db, partnershipId, agencies, dhr2, dhr6, dhr8, ct);
        Families(db, dhr3, dhr6, today);

        var uploaded = today.AddDays(-30).ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc);
        Document(db, dhr3, DocumentKind.TermsOfReference, "Terms of reference (agreed)", uploaderId, uploaded.AddMonths(-5));
        Document(db, dhr3, DocumentKind.Imr, "Police IMR", uploaderId, uploaded.AddMonths(-3));
        Document(db, dhr6, DocumentKind.DraftOverviewReport, "Draft overview report", uploaderId, uploaded.AddDays(-20), uploaded);
        Document(db, dhr8, DocumentKind.ExecutiveSummary, "Executive summary for sign-off", uploaderId, uploaded.AddDays(10));
    }

    private static async Task FindingsAsync(AppDbContext db, int partnershipId, IReadOnlyDictionary<string, int> agencies,
        Review dhr2, Review dhr6, Review dhr8, CancellationToken ct)
    {
        async Task<FindingTheme> Tag(string name) => new() { ThemeId = (await ThemeLookup.FindThemeAsync(db, partnershipId, name, ct))!.Id };
        Finding Finding(Review review, FindingType type, string agency, string narrative, string period, List<FindingTheme> themes) => new()
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Type = type,
            AgencyId = agencies[agency],
            Narrative = narrative,
            PeriodOrEvent = period,
            CreatedByUserId = "demo-seed",
            Themes = themes,
        };

        db.Findings.AddRange(
            Finding(dhr2, FindingType.MissedOpportunity, "Adult social care",
                "The son's own needs as a carer were never assessed, though he told two visitors he could not cope.", "Care reviews in the final year",
                [await Tag("Abuse of older people"), await Tag("Knowledge of support and referral pathways")]),
            Finding(dhr2, FindingType.AreaForImprovement, "GP",
                "Bruising on the mother was recorded as falls without asking who else lived at home.", "Surgery visits, final six months",
                [await Tag("Older victims"), await Tag("Professional curiosity")]),
            Finding(dhr6, FindingType.MissedOpportunity, "Mental health trust",
                "The victim's disclosure of fear at home was not passed to the IDVA service.", "Crisis team contact",
                [await Tag("Information sharing"), await Tag("Risk assessment")]),
            Finding(dhr6, FindingType.GoodPractice, "IDVA / specialist domestic abuse service",
                "The IDVA kept contact through a safe number agreed with the victim.", "Support after the MARAC referral",
                [await Tag("Multi-agency working")]),
            Finding(dhr8, FindingType.AreaForImprovement, "Ambulance service",
                "Crews did not consider that a man could be a victim of domestic abuse.", "Call-outs to the address",
                [await Tag("Male victims"), await Tag("Training")]));
    }

    /// <summary>
    /// A family engaged with an advocate on DHR3 and one that declined advocacy on DHR6; DHR2, with the Home Office, has no
    /// family contact recorded, so the dashboard's family list has something to say. The names are synthetic.
    /// </summary>
    private static void Families(AppDbContext db, Review dhr3, Review dhr6, DateOnly today)
    {
        var mother = new FamilyMember
        {
            Id = Guid.NewGuid(),
            ReviewId = dhr3.Id,
            Role = NetworkRole.Parent,
            Pseudonym = "Mother M",
            RealName = "Example Name Two (synthetic)",
            PreferredContact = ContactRoute.ThroughAdvocate,
            ContactDetails = "Through the advocate: 01632 960123",
            Consent = ContactConsent.Given,
            LeafletGivenOn = dhr3.DateNotified.AddDays(10),
            AdvocacyOfferedOn = dhr3.DateNotified.AddDays(10),
            AdvocacyOrganisation = "AAFDA",
            AdvocacyAnswer = AdvocacyAnswer.Accepted,
            AdvocacyAnsweredOn = dhr3.DateNotified.AddDays(17),
        };
        var sister = new FamilyMember
        {
            Id = Guid.NewGuid(),
            ReviewId = dhr6.Id,
            Role = NetworkRole.Sibling,
            Pseudonym = "Sister S",
            PreferredContact = ContactRoute.Email,
            Consent = ContactConsent.Given,
            LeafletGivenOn = dhr6.DateNotified.AddDays(12),
            AdvocacyOfferedOn = dhr6.DateNotified.AddDays(12),
            AdvocacyOrganisation = "AAFDA",
            AdvocacyAnswer = AdvocacyAnswer.Declined,
            AdvocacyAnsweredOn = dhr6.DateNotified.AddDays(20),
        };
        db.Set<FamilyMember>().AddRange(mother, sister);
        db.Set<InvolvementEntry>().AddRange(
            Involvement(mother, InvolvementStep.Contact, dhr3.DateNotified.AddDays(10), ContactRoute.Letter),
            Involvement(mother, InvolvementStep.Meeting, dhr3.DateNotified.AddDays(30), ContactRoute.InPerson),
            Involvement(mother, InvolvementStep.TermsOfReference, dhr3.DateNotified.AddDays(55), ContactRoute.ThroughAdvocate),
            Involvement(mother, InvolvementStep.MetPanel, today.AddDays(-35), ContactRoute.InPerson),
            Involvement(sister, InvolvementStep.Contact, dhr6.DateNotified.AddDays(12), ContactRoute.Email),
            Involvement(sister, InvolvementStep.DraftShared, today.AddDays(-10), ContactRoute.Email));
    }

    private static InvolvementEntry Involvement(FamilyMember who, InvolvementStep step, DateOnly on, ContactRoute how) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = who.ReviewId,
        FamilyMemberId = who.Id,
        Step = step,
        On = on,
        Method = how,
    };

    private static void People(AppDbContext db, Review review, (string Pseudonym, int Age, Sex Sex) victim,
        (string Pseudonym, int Age, Sex Sex) perpetrator, RelationshipKind kind)
    {
        var v = DemoPeople.Victim(review, victim.Pseudonym, victim.Age, victim.Sex);
        var p = DemoPeople.Perpetrator(review, perpetrator.Pseudonym, perpetrator.Age, perpetrator.Sex,
            review.Stage >= ReviewStage.Drafting ? CourtOutcome.Murder : CourtOutcome.Pending);
        db.Victims.Add(v);
        db.Perpetrators.Add(p);
        DemoPeople.Link(db, review, v, p, kind);
    }

    private static Agencies.ReviewAgency Agency(Review review, int agencyId, DateOnly requested, DateOnly due, DateOnly? received) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = review.Id,
        AgencyId = agencyId,
        ContactWithVictim = true,
        ImrRequested = requested,
        ImrDue = due,
        ImrReceived = received,
    };

    private static PanelMeeting Meeting(Review review, DateOnly day, string location, string purpose) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = review.Id,
        StartsUtc = day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
        Location = location,
        Purpose = purpose,
    };

    /// <summary>A review document with one version per upload time: a small Word file saying it is demo data.</summary>
    private static void Document(AppDbContext db, Review review, DocumentKind kind, string title, string uploaderId, params DateTime[] uploads)
    {
        var document = new ReviewDocument { Id = Guid.NewGuid(), ReviewId = review.Id, Kind = kind, Title = title };
        db.ReviewDocuments.Add(document);
        var number = 0;
        foreach (var at in uploads)
        {
            var bytes = Docx(title, ++number);
            var file = new StoredFile
            {
                Id = Guid.NewGuid(),
                FileName = $"{title.ToLowerInvariant().Replace(' ', '-').Replace("(", "").Replace(")", "")}-v{number}.docx",
                ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Length = bytes.Length,
                Sha256 = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(),
                UploadedUtc = at,
                UploadedByUserId = uploaderId,
            };
            db.StoredFiles.Add(file);
            db.StoredFileContents.Add(new StoredFileContent { FileId = file.Id, Bytes = bytes });
            db.DocumentVersions.Add(new DocumentVersion { Id = Guid.NewGuid(), DocumentId = document.Id, Number = number, FileId = file.Id });
        }
    }

    private static byte[] Docx(string title, int version)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text($"{title}, version {version}"))),
                new Paragraph(new Run(new Text("Synthetic demo document: it holds no case content.") { Space = SpaceProcessingModeValues.Preserve }))));
        }

        return stream.ToArray();
    }
}
