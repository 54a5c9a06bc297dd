using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Reviews.Qa;

namespace DhrTracker.IntegrationTests.Reviews;

/// <summary>Issue 13 item 11: each area for final development from a QA letter, tracked to done (ADR 0370).</summary>
public sealed class QaDevelopmentAreaServiceTests
{
    private sealed record Setup(TestDatabase Db, string Coordinator, string Manager, string Chair, string Author, string Member, Guid ReviewId)
        : IAsyncDisposable
    {
        public QaDevelopmentAreaService Areas => Db.Get<QaDevelopmentAreaService>();

        public async Task<List<QaDevelopmentArea>> StoredAsync()
        {
            await using var context = Db.NewContext();
            return await context.Set<QaDevelopmentArea>().AsNoTracking().Where(a => a.ReviewId == ReviewId).OrderBy(a => a.Number).ToListAsync();
        }

        /// <summary>The QA area lines only: seating the panel in the set-up writes lines of its own (ADR 0386).</summary>
        public async Task<List<ReviewEvent>> LinesAsync()
        {
            ReviewEventKind[] qa = [ReviewEventKind.QaAreaAdded, ReviewEventKind.QaAreaChanged, ReviewEventKind.QaAreaDone, ReviewEventKind.QaAreaReopened];
            await using var context = Db.NewContext();
            return await context.ReviewEvents.AsNoTracking().Where(e => e.ReviewId == ReviewId && qa.Contains(e.Kind)).ToListAsync();
        }

        public async Task<Guid> VersionAsync(Guid id)
        {
            await using var context = Db.NewContext();
            return await context.Set<QaDevelopmentArea>().Where(a => a.Id == id).Select(a => a.Version).SingleAsync();
        }

        public async Task<Guid> AddAsync(int number, string text = "Say how the family was involved.")
        {
            Db.SignInAs(Coordinator);
            return CaseFile.Ok(await Areas.AddAsync(ReviewId, new QaAreaInput { Number = number, Text = text, RaisedOn = QaLetter.Dated }));
        }

        public async Task<QaAreaDoneInput> DoneInputAsync(Guid id, DateOnly? doneOn = null, string? how = "A section on the family was added.") =>
            new() { DoneOn = doneOn ?? new DateOnly(2026, 11, 20), HowAddressed = how, Version = await VersionAsync(id) };

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    /// <summary>A review with a chair, an author and an ordinary member seated, and (unless told not to) a QA outcome dated 15 Oct 2026.</summary>
    private static async Task<Setup> ReviewAsync(DatabaseProvider provider, bool withOutcome = true)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A", "A DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        var manager = await db.CreateUserAsync(Roles.Manager, "Partnership A");
        var chair = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        var author = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        var member = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        db.SignInAs(coordinator);
        var reviewId = await CaseFile.NewReviewAsync(db, "A DHR1");
        var panel = db.Get<PanelService>();
        foreach (var (user, role) in new[] { (chair, PanelRole.Chair), (author, PanelRole.Author), (member, PanelRole.Member) })
        {
            CaseFile.Ok(await panel.AddAsync(reviewId, new PanelMemberInput { UserId = user, Role = role }));
        }

        if (withOutcome)
        {
            await QaLetter.GiveOutcomeAsync(db, reviewId);
        }

        return new Setup(db, coordinator, manager, chair, author, member, reviewId);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_coordinator_adds_an_area_which_is_listed_open_with_a_timeline_line_and_an_audit_row(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);

        var id = await s.AddAsync(1, "  Say how the family was involved.  ");

        var view = (await s.Areas.ListAsync(s.ReviewId))!;
        var item = Assert.Single(view.Items);
        Assert.Equal((id, 1, "Say how the family was involved.", QaLetter.Dated, false), (item.Id, item.Number, item.Text, item.RaisedOn, item.IsDone));
        Assert.Equal((1, 2, true, true, null), (view.OpenCount, view.NextNumber, view.CanManage, view.CanMarkDone, view.AddBlockedBecause));
        var line = Assert.Single(await s.LinesAsync());
        Assert.Equal((ReviewEventKind.QaAreaAdded, QaLetter.Dated, "Area 1: Say how the family was involved."), (line.Kind, line.EffectiveDate, line.Note));
        await using var context = s.Db.NewContext();
        Assert.True(await context.AuditEntries.AnyAsync(a => a.Action == AuditActions.Create && a.EntityType == "QaDevelopmentArea"
            && a.EntityId == id.ToString() && a.ReviewId == s.ReviewId && a.Outcome == AuditOutcome.Succeeded));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Adding_before_the_QA_outcome_is_recorded_is_refused_and_saves_nothing(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider, withOutcome: false);

        var result = await s.Areas.AddAsync(s.ReviewId, new QaAreaInput { Number = 1, Text = "Say more.", RaisedOn = QaLetter.Dated });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Record the Home Office QA outcome first: areas for final development come from its letter.", error.Message);
        Assert.Empty(await s.StoredAsync());
        Assert.Empty(await s.LinesAsync());
        Assert.Equal(error.Message, (await s.Areas.ListAsync(s.ReviewId))!.AddBlockedBecause);
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadAreas()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        (string Case, string Field, string Message)[] cases =
        [
            ("no text", nameof(QaAreaInput.Text), "Enter the area for final development as the QA letter words it."),
            ("text too long", nameof(QaAreaInput.Text), "Area for final development must be 4000 characters or fewer."),
            ("no date", nameof(QaAreaInput.RaisedOn), "Enter the date of the QA letter that raised this area."),
            ("letter before submission", nameof(QaAreaInput.RaisedOn), "Date of the QA letter must be on or after the QA submission date (1 Sept 2026)."),
            ("letter in the future", nameof(QaAreaInput.RaisedOn), "Date of the QA letter must be today or in the past."),
            ("number zero", nameof(QaAreaInput.Number), "Number must be a whole number from 1 to 999, as the QA letter numbers the area."),
            ("number taken", nameof(QaAreaInput.Number), "Area 1 is already recorded for this review: give this area its own number from the QA letter."),
        ];
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            foreach (var (name, field, message) in cases)
            {
                data.Add(provider, name, field, message);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(BadAreas))]
    public async Task A_bad_area_is_refused_naming_its_field_and_saves_nothing(DatabaseProvider provider, string name, string field, string message)
    {
        await using var s = await ReviewAsync(provider);
        var first = await s.AddAsync(1);
        var input = new QaAreaInput { Number = 2, Text = "Explain the chronology.", RaisedOn = QaLetter.Dated };
        switch (name)
        {
            case "no text": input.Text = "   "; break;
            case "text too long": input.Text = new string('x', 4001); break;
            case "no date": input.RaisedOn = null; break;
            case "letter before submission": input.RaisedOn = new DateOnly(2026, 8, 31); break;
            case "letter in the future": input.RaisedOn = new DateOnly(2026, 11, 27); break;
            case "number zero": input.Number = 0; break;
            case "number taken": input.Number = 1; break;
        }

        var snapshot = (input.Number, input.Text, input.RaisedOn);
        var result = await s.Areas.AddAsync(s.ReviewId, input);

        var error = Assert.Single(result.Errors);
        Assert.Equal((field, message), (error.Field, error.Message));
        Assert.Equal(first, Assert.Single(await s.StoredAsync()).Id);
        Assert.Single(await s.LinesAsync());
        Assert.Equal(snapshot, (input.Number, input.Text, input.RaisedOn));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_chair_and_the_author_mark_areas_done_with_how_they_were_addressed(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var one = await s.AddAsync(1);
        var two = await s.AddAsync(2, "Explain the chronology.");

        s.Db.SignInAs(s.Chair);
        Assert.True((await s.Areas.ListAsync(s.ReviewId))!.CanMarkDone);
        Assert.False((await s.Areas.ListAsync(s.ReviewId))!.CanManage);
        CaseFile.Ok(await s.Areas.MarkDoneAsync(s.ReviewId, one, await s.DoneInputAsync(one)));
        s.Db.SignInAs(s.Author);
        CaseFile.Ok(await s.Areas.MarkDoneAsync(s.ReviewId, two, await s.DoneInputAsync(two, new DateOnly(2026, 11, 26), " The chronology now cites each IMR. ")));

        var stored = await s.StoredAsync();
        Assert.Equal([(new DateOnly(2026, 11, 20), "A section on the family was added."), (new DateOnly(2026, 11, 26), "The chronology now cites each IMR.")],
            stored.Select(a => (a.DoneOn!.Value, a.HowAddressed!)));
        Assert.Equal(0, (await s.Areas.ListAsync(s.ReviewId))!.OpenCount);
        Assert.Equal(2, (await s.LinesAsync()).Count(l => l.Kind == ReviewEventKind.QaAreaDone));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_ordinary_panel_member_and_a_manager_may_read_but_not_mark_done_and_the_chair_may_not_add_or_reopen(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var id = await s.AddAsync(1);

        foreach (var reader in new[] { s.Member, s.Manager })
        {
            s.Db.SignInAs(reader);
            var view = (await s.Areas.ListAsync(s.ReviewId))!;
            Assert.Equal((1, false, false), (view.Items.Count, view.CanManage, view.CanMarkDone));
            var refused = await s.Areas.MarkDoneAsync(s.ReviewId, id, await s.DoneInputAsync(id));
            Assert.Equal(Refusals.NotPermitted, Assert.Single(refused.Errors).Message);
        }

        s.Db.SignInAs(s.Chair);
        Assert.False((await s.Areas.AddAsync(s.ReviewId, new QaAreaInput { Number = 2, Text = "More.", RaisedOn = QaLetter.Dated })).Succeeded);
        CaseFile.Ok(await s.Areas.MarkDoneAsync(s.ReviewId, id, await s.DoneInputAsync(id)));
        Assert.False((await s.Areas.ReopenAsync(s.ReviewId, id, await s.VersionAsync(id))).Succeeded);

        Assert.Single(await s.StoredAsync());
        Assert.NotNull(Assert.Single(await s.StoredAsync()).DoneOn);
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadDone()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        (string Case, string Field, string Message)[] cases =
        [
            ("no how", nameof(QaAreaDoneInput.HowAddressed), "Enter how the report was changed to address this area."),
            ("no date", nameof(QaAreaDoneInput.DoneOn), "Enter the date the area was addressed."),
            ("before the letter", nameof(QaAreaDoneInput.DoneOn), "Date addressed must be on or after the date of the QA letter that raised it (15 Oct 2026)."),
            ("in the future", nameof(QaAreaDoneInput.DoneOn), "Date addressed must be today or in the past."),
        ];
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            foreach (var (name, field, message) in cases)
            {
                data.Add(provider, name, field, message);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(BadDone))]
    public async Task Marking_done_badly_is_refused_naming_its_field_and_saves_nothing(DatabaseProvider provider, string name, string field, string message)
    {
        await using var s = await ReviewAsync(provider);
        var id = await s.AddAsync(1);
        var input = await s.DoneInputAsync(id);
        switch (name)
        {
            case "no how": input.HowAddressed = " "; break;
            case "no date": input.DoneOn = null; break;
            case "before the letter": input.DoneOn = new DateOnly(2026, 10, 14); break;
            case "in the future": input.DoneOn = new DateOnly(2026, 11, 27); break;
        }

        s.Db.SignInAs(s.Chair);
        var result = await s.Areas.MarkDoneAsync(s.ReviewId, id, input);

        var error = Assert.Single(result.Errors);
        Assert.Equal((field, message), (error.Field, error.Message));
        var stored = Assert.Single(await s.StoredAsync());
        Assert.Equal((null, null), (stored.DoneOn, stored.HowAddressed));
        Assert.Single(await s.LinesAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Reopening_clears_done_and_the_timeline_keeps_what_was_recorded(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var id = await s.AddAsync(1);
        CaseFile.Ok(await s.Areas.MarkDoneAsync(s.ReviewId, id, await s.DoneInputAsync(id)));

        CaseFile.Ok(await s.Areas.ReopenAsync(s.ReviewId, id, await s.VersionAsync(id)));

        var stored = Assert.Single(await s.StoredAsync());
        Assert.Equal((null, null), (stored.DoneOn, stored.HowAddressed));
        var line = (await s.LinesAsync()).Single(l => l.Kind == ReviewEventKind.QaAreaReopened);
        Assert.Equal("Area 1 reopened; it had been marked done on 20 Nov 2026: A section on the family was added.", line.Note);
        var again = await s.Areas.ReopenAsync(s.ReviewId, id, await s.VersionAsync(id));
        Assert.Equal("Area 1 is not marked done, so it cannot be reopened.", Assert.Single(again.Errors).Message);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_change_made_on_a_stale_version_is_refused_as_a_conflict(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var id = await s.AddAsync(1);
        var seen = await s.VersionAsync(id);
        CaseFile.Ok(await s.Areas.UpdateAsync(s.ReviewId, id, new QaAreaInput { Number = 1, Text = "Reworded.", RaisedOn = QaLetter.Dated, Version = seen }));

        var stale = await s.Areas.UpdateAsync(s.ReviewId, id, new QaAreaInput { Number = 1, Text = "Mine.", RaisedOn = QaLetter.Dated, Version = seen });
        var staleDone = await s.Areas.MarkDoneAsync(s.ReviewId, id, new QaAreaDoneInput { DoneOn = QaLetter.Dated, HowAddressed = "Done.", Version = seen });

        Assert.Equal(Refusals.Conflict, Assert.Single(stale.Errors).Message);
        Assert.Equal(Refusals.Conflict, Assert.Single(staleDone.Errors).Message);
        var stored = Assert.Single(await s.StoredAsync());
        Assert.Equal(("Reworded.", null), (stored.Text, stored.DoneOn));
        Assert.Equal(1, (await s.LinesAsync()).Count(l => l.Kind == ReviewEventKind.QaAreaChanged));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task After_a_resubmission_an_earlier_letters_area_can_be_reworded_but_not_redated_before_the_new_submission(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var id = await s.AddAsync(1);
        await using (var context = s.Db.NewContext())
        {
            // Resubmitted on 1 Nov 2026: the outcome is cleared and the submission date moves on, as the stage machine does.
            var review = await context.Reviews.SingleAsync(r => r.Id == s.ReviewId);
            (review.QaSubmissionDate, review.QaOutcome, review.QaOutcomeDate) = (new DateOnly(2026, 11, 1), null, null);
            await context.SaveChangesAsync();
        }

        CaseFile.Ok(await s.Areas.UpdateAsync(s.ReviewId, id,
            new QaAreaInput { Number = 1, Text = "Reworded.", RaisedOn = QaLetter.Dated, Version = await s.VersionAsync(id) }));
        var redated = await s.Areas.UpdateAsync(s.ReviewId, id,
            new QaAreaInput { Number = 1, Text = "Reworded.", RaisedOn = new DateOnly(2026, 10, 20), Version = await s.VersionAsync(id) });

        var error = Assert.Single(redated.Errors);
        Assert.Equal((nameof(QaAreaInput.RaisedOn), "Date of the QA letter must be on or after the QA submission date (1 Nov 2026)."), (error.Field, error.Message));
        Assert.Equal(QaLetter.Dated, Assert.Single(await s.StoredAsync()).RaisedOn);
        Assert.NotNull((await s.Areas.ListAsync(s.ReviewId))!.AddBlockedBecause);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task On_a_closed_review_nothing_can_be_changed_and_another_reviews_area_is_not_found(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var id = await s.AddAsync(1);
        var other = await CaseFile.NewReviewAsync(s.Db, "A DHR2");
        await Assert.ThrowsAsync<NotFoundException>(() => s.Areas.ReopenAsync(other, id, Guid.Empty));
        await using (var context = s.Db.NewContext())
        {
            var review = await context.Reviews.SingleAsync(r => r.Id == s.ReviewId);
            review.Stage = ReviewStage.Closed;
            await context.SaveChangesAsync();
        }

        const string closed = "This review is closed: its areas for final development can no longer be changed.";
        var added = await s.Areas.AddAsync(s.ReviewId, new QaAreaInput { Number = 2, Text = "More.", RaisedOn = QaLetter.Dated });
        var updated = await s.Areas.UpdateAsync(s.ReviewId, id, new QaAreaInput { Number = 1, Text = "Other.", RaisedOn = QaLetter.Dated });
        var done = await s.Areas.MarkDoneAsync(s.ReviewId, id, await s.DoneInputAsync(id));

        Assert.All(new[] { added, updated, done }, r => Assert.Equal(closed, Assert.Single(r.Errors).Message));
        var view = (await s.Areas.ListAsync(s.ReviewId))!;
        Assert.Equal((false, false, closed), (view.CanManage, view.CanMarkDone, view.AddBlockedBecause));
        Assert.Equal(("Say how the family was involved.", null), (Assert.Single(await s.StoredAsync()).Text, Assert.Single(await s.StoredAsync()).DoneOn));
    }
}
