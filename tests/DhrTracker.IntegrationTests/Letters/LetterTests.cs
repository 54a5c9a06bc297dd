using DhrTracker.Core.Agencies;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Letters;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Letters;

/// <summary>
/// Letters from templates (issue 14 item 3, ADR 0392) on a real database: one IMR request per agency in one go, stored
/// in the review's documents and audited; a letter missing a fact refused with nothing stored; templates per partnership.
/// </summary>
public sealed class LetterTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task IMR_requests_to_two_agencies_are_two_documents_each_audited_with_one_timeline_line(DatabaseProvider provider)
    {
        await using var w = await ReadyWorldAsync(provider);
        var (police, housing) = await InvolvementsAsync(w);
        w.SignInAs(Caller.Coordinator);

        var written = await w.Db.Get<LetterService>().WriteAsync(w.A1.ReviewId,
            new WriteLettersInput { Kind = LetterKind.ImrRequest, ReviewAgencyIds = [police, housing] });

        Assert.True(written.Succeeded, string.Join("; ", written.Errors));
        Assert.Equal(2, written.Value!.Count);
        var letters = (await w.Db.Get<ReviewDocumentService>().ListAsync(w.A1.ReviewId))!.Documents.Where(d => d.Kind == DocumentKind.Letter).ToList();
        Assert.Equal(["IMR and chronology request: Housing", "IMR and chronology request: Police"], letters.Select(d => d.Title));
        Assert.Equal("A-DHR1-IMR-request-Police.docx", letters[1].Versions.Single().FileName);
        var policeLetter = LetterDocx.Read((await w.Db.Get<ReviewDocumentService>().DownloadAsync(letters[1].Versions.Single().Id))!.Bytes);
        Assert.Contains("Dear Pat O'Neill & Co,", policeLetter);
        Assert.Contains(policeLetter, l => l.Contains("chronology of its contact by 30 Dec 2026", StringComparison.Ordinal));
        Assert.Contains(policeLetter, l => l.StartsWith("On 5 Oct 2026 Partnership A decided to hold a Domestic Homicide Review", StringComparison.Ordinal));
        await using var context = w.Db.NewContext();
        var audit = await context.AuditEntries.Where(a => a.Action == AuditActions.WriteLetter).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal((w.Coordinator, AuditOutcome.Succeeded, w.A1.ReviewId), (a.UserId, a.Outcome, a.ReviewId!.Value)));
        var line = await context.ReviewEvents.Where(e => e.ReviewId == w.A1.ReviewId && e.Kind == ReviewEventKind.Documents)
            .OrderByDescending(e => e.AtUtc).Select(e => e.Note).FirstAsync();
        Assert.Equal("2 letters written: IMR and chronology request", line);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_letter_missing_a_fact_is_refused_naming_each_agency_and_fact_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var w = await ReadyWorldAsync(provider);
        var (police, housing) = await InvolvementsAsync(w);
        await using (var context = w.Db.NewContext())
        {
            var agency = await context.Agencies.SingleAsync(a => a.Id == w.Housing);
            agency.ContactName = null;
            agency.ContactEmail = null;
            await context.SaveChangesAsync();
        }

        var before = await CountsAsync(w);
        w.SignInAs(Caller.Coordinator);

        var written = await w.Db.Get<LetterService>().WriteAsync(w.A1.ReviewId,
            new WriteLettersInput { Kind = LetterKind.ImrRequest, ReviewAgencyIds = [police, housing] });

        var error = Assert.Single(written.Errors);
        Assert.Equal(nameof(WriteLettersInput.ReviewAgencyIds), error.Field);
        Assert.StartsWith("Housing: The letter needs facts the review does not hold yet:", error.Message);
        Assert.Contains("the agency's contact name ({{ agency.contact_name }})", error.Message);
        Assert.Contains("the agency's contact email ({{ agency.contact_email }})", error.Message);
        Assert.Equal(before, await CountsAsync(w));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Without_a_decision_the_Home_Office_letter_is_refused_in_plain_words(DatabaseProvider provider)
    {
        await using var w = await TestWorld.CreateAsync(provider);
        w.SignInAs(Caller.Coordinator);

        var written = await w.Db.Get<LetterService>().WriteAsync(w.A2.ReviewId, new WriteLettersInput { Kind = LetterKind.HomeOfficeDecision });

        var message = Assert.Single(written.Errors).Message;
        Assert.Contains("the decision whether to hold a review (none is recorded yet) ({{ review.decision }})", message);
        Assert.Contains("the date of the decision ({{ review.decision_date }})", message);
        Assert.Contains("the rationale for the decision ({{ review.decision_rationale }})", message);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Writing_the_same_letter_again_adds_a_version_of_its_document(DatabaseProvider provider)
    {
        await using var w = await ReadyWorldAsync(provider);
        var (police, _) = await InvolvementsAsync(w);
        w.SignInAs(Caller.Coordinator);
        var letters = w.Db.Get<LetterService>();
        var input = new WriteLettersInput { Kind = LetterKind.ImrRequest, ReviewAgencyIds = [police] };

        CaseFile.Ok(await letters.WriteAsync(w.A1.ReviewId, input));
        CaseFile.Ok(await letters.WriteAsync(w.A1.ReviewId, input));

        var letter = (await w.Db.Get<ReviewDocumentService>().ListAsync(w.A1.ReviewId))!.Documents.Single(d => d.Kind == DocumentKind.Letter);
        Assert.Equal([2, 1], letter.Versions.Select(v => v.Number));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_of_another_review_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var w = await ReadyWorldAsync(provider);
        var before = await CountsAsync(w);
        w.SignInAs(Caller.Coordinator);

        var written = await w.Db.Get<LetterService>().WriteAsync(w.A1.ReviewId,
            new WriteLettersInput { Kind = LetterKind.ImrRequest, ReviewAgencyIds = [w.A2.ReviewAgencyId] });

        Assert.Equal(nameof(WriteLettersInput.ReviewAgencyIds), Assert.Single(written.Errors).Field);
        Assert.Equal(before, await CountsAsync(w));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_partnerships_own_template_is_used_for_its_letters_only_and_reset_goes_back_to_the_shipped_text(DatabaseProvider provider)
    {
        await using var w = await ReadyWorldAsync(provider);
        w.SignInAs(Caller.Administrator);
        var templates = w.Db.Get<LetterTemplateService>();
        const string own = "Dear family of {{ review.victim }},\n\nWith our condolences,\n{{ letter.signatory }}";

        var saved = await templates.SaveAsync(new LetterTemplateInput { Kind = LetterKind.FamilyFirstLetter, Text = own });

        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        var mine = (await templates.ListAsync())!.Single(t => t.Kind == LetterKind.FamilyFirstLetter);
        Assert.Equal((own, false), (mine.Text, mine.IsShipped));
        w.SignInAs(Caller.OtherPartnershipAdministrator);
        var theirs = (await w.Db.Get<LetterTemplateService>().ListAsync())!.Single(t => t.Kind == LetterKind.FamilyFirstLetter);
        Assert.Equal((ShippedLetters.For(LetterKind.FamilyFirstLetter), true), (theirs.Text, theirs.IsShipped));

        w.SignInAs(Caller.Coordinator);
        var version = CaseFile.Ok(await w.Db.Get<LetterService>().WriteAsync(w.A1.ReviewId, new WriteLettersInput { Kind = LetterKind.FamilyFirstLetter })).Single();
        var text = LetterDocx.Read((await w.Db.Get<ReviewDocumentService>().DownloadAsync(version))!.Bytes);
        // A1 has two victims, named together; the signatory is the coordinator's display name (the test accounts' is their email).
        Assert.Equal(["Dear family of Adult Kestrel and Adult Wren,", "", "With our condolences,", "coordinator.a@example.org"], text);

        w.SignInAs(Caller.Administrator);
        Assert.True(CaseFile.Ok(await templates.ResetAsync(LetterKind.FamilyFirstLetter, saved.Value)));
        Assert.True((await templates.ListAsync())!.Single(t => t.Kind == LetterKind.FamilyFirstLetter).IsShipped);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_template_with_an_unknown_placeholder_or_broken_Liquid_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var w = await TestWorld.CreateAsync(provider, cases: false);
        w.SignInAs(Caller.Administrator);
        var templates = w.Db.Get<LetterTemplateService>();

        var unknown = await templates.SaveAsync(new LetterTemplateInput { Kind = LetterKind.ImrRequest, Text = "Dear {{ agency.contact_name }} {{ review.victim_address }}" });
        var broken = await templates.SaveAsync(new LetterTemplateInput { Kind = LetterKind.ImrRequest, Text = "Dear {{ agency.contact_name" });

        var first = Assert.Single(unknown.Errors);
        Assert.Equal((nameof(LetterTemplateInput.Text), true), (first.Field, first.Message.Contains("{{ review.victim_address }}", StringComparison.Ordinal)));
        Assert.StartsWith("The template's Liquid syntax is broken:", Assert.Single(broken.Errors).Message);
        await using var context = w.Db.NewContext();
        Assert.Equal(0, await context.LetterTemplates.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Two_Administrators_saving_from_the_same_version_conflict(DatabaseProvider provider)
    {
        await using var w = await TestWorld.CreateAsync(provider, cases: false);
        w.SignInAs(Caller.Administrator);
        var templates = w.Db.Get<LetterTemplateService>();
        var first = CaseFile.Ok(await templates.SaveAsync(new LetterTemplateInput { Kind = LetterKind.QaSubmissionCover, Text = "One {{ review.reference }}" }));
        CaseFile.Ok(await templates.SaveAsync(new LetterTemplateInput { Kind = LetterKind.QaSubmissionCover, Text = "Two {{ review.reference }}", Version = first }));

        var stale = await templates.SaveAsync(new LetterTemplateInput { Kind = LetterKind.QaSubmissionCover, Text = "Three {{ review.reference }}", Version = first });

        Assert.Equal(DhrTracker.Core.Common.Refusals.Conflict, Assert.Single(stale.Errors).Message);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_broken_template_already_stored_is_refused_when_writing_with_a_word_for_the_Administrator(DatabaseProvider provider)
    {
        await using var w = await ReadyWorldAsync(provider);
        await using (var context = w.Db.NewContext())
        {
            context.LetterTemplates.Add(new LetterTemplate { PartnershipId = w.PartnershipA, Kind = LetterKind.FamilyFirstLetter, Text = "{{ review.secret }}" });
            await context.SaveChangesAsync();
        }

        var before = await CountsAsync(w);
        w.SignInAs(Caller.Coordinator);

        var written = await w.Db.Get<LetterService>().WriteAsync(w.A1.ReviewId, new WriteLettersInput { Kind = LetterKind.FamilyFirstLetter });

        Assert.Contains("An Administrator can correct it.", Assert.Single(written.Errors).Message);
        Assert.Equal(before, await CountsAsync(w));
    }

    /// <summary>A1 held (decided 5 Oct 2026), its chair seated, Police and Housing with contacts (one with an ampersand and a quote).</summary>
    private static async Task<TestWorld> ReadyWorldAsync(DatabaseProvider provider)
    {
        var w = await TestWorld.CreateAsync(provider);
        await using var context = w.Db.NewContext();
        var review = await context.Reviews.SingleAsync(r => r.Id == w.A1.ReviewId);
        review.Decision = ReviewDecision.Hold;
        review.DecisionDate = new DateOnly(2026, 10, 5);
        review.DecisionRationale = "The criteria are met.";
        foreach (var (id, name, email) in new[] { (w.Police, "Pat O'Neill & Co", "pat@police.example.org"), (w.Housing, "Robin Shaw", "robin@housing.example.org") })
        {
            var agency = await context.Agencies.SingleAsync(a => a.Id == id);
            agency.ContactName = name;
            agency.ContactEmail = email;
        }

        await context.SaveChangesAsync();
        return w;
    }

    /// <summary>A1's Police involvement (IMR due 30 Dec 2026) and a new Housing one (due 15 Jan 2027).</summary>
    private static async Task<(Guid Police, Guid Housing)> InvolvementsAsync(TestWorld w)
    {
        await using var context = w.Db.NewContext();
        var police = await context.ReviewAgencies.SingleAsync(a => a.Id == w.A1.ReviewAgencyId);
        police.ImrDue = new DateOnly(2026, 12, 30);
        var housing = new ReviewAgency { Id = Guid.NewGuid(), ReviewId = w.A1.ReviewId, AgencyId = w.Housing, ImrDue = new DateOnly(2027, 1, 15) };
        context.ReviewAgencies.Add(housing);
        await context.SaveChangesAsync();
        return (police.Id, housing.Id);
    }

    private static async Task<(int Documents, int Files, int Letters, int Events)> CountsAsync(TestWorld w)
    {
        await using var context = w.Db.NewContext();
        return (await context.ReviewDocuments.CountAsync(), await context.StoredFiles.CountAsync(),
            await context.AuditEntries.CountAsync(a => a.Action == AuditActions.WriteLetter), await context.ReviewEvents.CountAsync());
    }
}
