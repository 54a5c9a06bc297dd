using DhrTracker.Core.Audit;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.ReviewPrint;
using DocumentFormat.OpenXml.Packaging;

namespace DhrTracker.IntegrationTests.ReviewPrint;

/// <summary>The printed review (ADR 0389): every part of the case file, people by pseudonym only, audited.</summary>
public sealed class ReviewPrintServiceTests
{
    private const string RealName = "Synthetic Realname-Victim";

    private static async Task<(TestDatabase Db, CaseFile File, string Chair)> CreateAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var partnership = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        var chair = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        var file = await CaseFile.CreateAsync(db, coordinator, partnership, "A DHR1", (chair, PanelRole.Chair));
        // The coordinator may read the victim's real name on screen; the print must still leave it out.
        var victim = (await db.Get<PeopleReader>().GetAsync(file.ReviewId))!.Victims.Single(v => v.Id == file.VictimId).Details;
        victim.RealName = RealName;
        CaseFile.Ok(await db.Get<VictimService>().UpdateAsync(file.ReviewId, file.VictimId, victim));
        await using var context = db.NewContext();
        return (db, file, await context.Users.Where(u => u.Id == chair).Select(u => u.DisplayName).SingleAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_print_holds_every_part_of_the_review_by_pseudonym_and_never_a_real_name(DatabaseProvider provider)
    {
        var (db, file, chair) = await CreateAsync(provider);
        await using var _ = db;

        var print = (await db.Get<ReviewPrintService>().WriteAsync(file.ReviewId, ReviewPrintFormat.Page))!;

        var doc = print.Document;
        Assert.Null(print.File);
        Assert.Equal(["Summary", "People", "Agencies", "Panel", "Findings", "Recommendations and actions", "Timeline"],
            doc.Sections.Select(s => s.Heading));
        var text = TextOf(doc);
        Assert.StartsWith("A DHR1: ", doc.Title, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL-SENSITIVE", doc.Period, StringComparison.Ordinal);
        Assert.Contains("Adult Kestrel: victim", text, StringComparison.Ordinal);
        Assert.Contains("Adult Heron to Adult Kestrel: partner", text, StringComparison.Ordinal);
        Assert.Contains(chair, text, StringComparison.Ordinal);
        Assert.Contains("Overdue since 1 Nov 2026", text, StringComparison.Ordinal);
        Assert.Contains("Reports of controlling behaviour were treated as a verbal dispute.", text, StringComparison.Ordinal);
        Assert.Contains("Coercive control", text, StringComparison.Ordinal);
        Assert.Contains("31 Jan 2027", text, StringComparison.Ordinal);
        Assert.Contains("Overdue (not started)", text, StringComparison.Ordinal);
        Assert.Contains("Review logged (Notified)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(RealName, text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_word_file_is_named_after_the_review_says_the_same_and_is_audited(DatabaseProvider provider)
    {
        var (db, file, _) = await CreateAsync(provider);
        await using var __ = db;
        long lastBefore;
        await using (var before = db.NewContext())
        {
            lastBefore = await before.AuditEntries.MaxAsync(a => a.Id);
        }

        var print = (await db.Get<ReviewPrintService>().WriteAsync(file.ReviewId, ReviewPrintFormat.Docx))!;

        Assert.Matches(@"^A-DHR1-review-\d{4}-\d{2}-\d{2}\.docx$", print.File!.FileName);
        using var word = WordprocessingDocument.Open(new MemoryStream(print.File.Bytes), false);
        var body = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Adult Kestrel: victim", body, StringComparison.Ordinal);
        Assert.Contains("Recommendations and actions", body, StringComparison.Ordinal);
        Assert.DoesNotContain(RealName, body, StringComparison.Ordinal);
        await using var context = db.NewContext();
        // One read, one row (R15): the parts' own view rows fold into it.
        var audit = await context.AuditEntries.SingleAsync(a => a.Id > lastBefore);
        Assert.Equal((AuditActions.Download, file.ReviewId), (audit.Action, audit.ReviewId!.Value));
        Assert.StartsWith("Printed review as Word (.docx): record, people", audit.Detail, StringComparison.Ordinal);
    }

    private static string TextOf(BriefingDocument doc) => string.Join("\n", doc.Sections.SelectMany(s => s.Blocks).Select(b => b switch
    {
        BriefingParagraph p => p.Text,
        BriefingSubheading h => h.Text,
        BriefingList l => string.Join("\n", l.Items),
        BriefingTable t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r))),
        _ => "",
    }));
}
