using DhrTracker.Core.Actions;
using DhrTracker.Core.Demo;
using DhrTracker.Core.Family;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;
using DocumentFormat.OpenXml.Packaging;

namespace DhrTracker.IntegrationTests.Reviews;

/// <summary>Issue 16 item 14: the demo shows the product, a caseload in every stage with the work each role does on it.</summary>
public sealed class DemoCaseloadTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_demo_has_a_review_in_every_stage_and_people_meetings_documents_findings_and_a_plan_with_a_history(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await db.Get<DemoData>().SeedAsync();

        await using var context = db.NewContext();
        var home = await context.Partnerships.Where(p => p.Name == DemoData.PartnershipName).Select(p => p.Id).SingleAsync();
        var reviews = await context.Reviews.AsNoTracking().Where(r => r.PartnershipId == home).ToListAsync();
        var ids = reviews.Select(r => r.Id).ToList();
        Assert.Empty(Enum.GetValues<ReviewStage>().Except(reviews.Select(r => r.Stage)));

        // Everyone past the first days of a review knows who died and who is suspected.
        var withVictims = await context.Victims.Where(v => ids.Contains(v.ReviewId)).Select(v => v.ReviewId).Distinct().ToListAsync();
        Assert.Empty(ids.Except(withVictims));
        var withPerpetrators = await context.Perpetrators.Where(p => ids.Contains(p.ReviewId)).Select(p => p.ReviewId).Distinct().ToListAsync();
        Assert.Empty(reviews.Where(r => r.Stage is not (ReviewStage.Notified or ReviewStage.NotProceeding)).Select(r => r.Id).Except(withPerpetrators));

        var panelMember = await context.Users.Where(u => u.Email == "panel@demo.invalid").Select(u => u.Id).SingleAsync();
        Assert.True(await context.PanelMemberships.CountAsync(m => m.UserId == panelMember) >= 3, "The panel member sits on fewer than three reviews.");

        var meetings = await context.Set<PanelMeeting>().Where(m => ids.Contains(m.ReviewId)).Select(m => m.StartsUtc).ToListAsync();
        Assert.Contains(meetings, m => m < TestDatabase.Now.UtcDateTime);
        Assert.Contains(meetings, m => m > TestDatabase.Now.UtcDateTime);

        Assert.True(await context.Findings.Where(f => ids.Contains(f.ReviewId)).Select(f => f.ReviewId).Distinct().CountAsync() >= 4,
            "Findings are on fewer than four reviews.");
        Assert.True(await context.Actions.Where(a => ids.Contains(a.ReviewId)).Select(a => a.OwnerAgencyId).Distinct().CountAsync() >= 3,
            "The plan has actions for fewer than three agencies.");
        Assert.Contains(await context.Actions.ToListAsync(), a => a.Status == ActionStatus.Complete && a.SignedOffUtc is not null);
        var states = await context.ActionHistory.GroupBy(h => h.ActionId).Select(g => g.Select(h => h.Status).Distinct().Count()).ToListAsync();
        Assert.Contains(states, n => n >= 3);

        // A family engaged with an advocate, and the involvement log that shows it (issue 14).
        Assert.Contains(await context.Set<FamilyMember>().Where(m => ids.Contains(m.ReviewId)).ToListAsync(), m => m.AdvocacyAnswer == AdvocacyAnswer.Accepted);
        Assert.True(await context.Set<InvolvementEntry>().CountAsync(e => ids.Contains(e.ReviewId)) >= 4, "The involvement log has fewer than four entries.");

        // Each stored document is a real Word file that opens, and a second version sits beside the first.
        var versions = await context.DocumentVersions.Where(v => ids.Contains(v.Document!.ReviewId)).ToListAsync();
        Assert.True(versions.Count >= 4, $"Only {versions.Count} document versions.");
        Assert.Contains(versions, v => v.Number == 2);
        foreach (var version in versions)
        {
            var bytes = await context.StoredFileContents.Where(c => c.FileId == version.FileId).Select(c => c.Bytes).SingleAsync();
            using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            Assert.Contains("Synthetic demo document", word.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
        }
    }
}
