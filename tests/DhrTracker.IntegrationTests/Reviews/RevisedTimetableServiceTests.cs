using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Dashboard;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Reviews;

/// <summary>An agreed revised timetable (issue 13 item 10, ADR 0357). Today is 26 Nov 2026.</summary>
public sealed class RevisedTimetableServiceTests
{
    /// <summary>A review held on 1 Mar 2026 and drafting: its report was due on 1 Sep 2026 (86 days overdue).</summary>
    private static async Task<(TestDatabase Db, Guid ReviewId, string Coordinator)> SetupAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A", "A DHR");
        await db.CreatePartnershipAsync("Partnership B", "B DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        db.SignInAs(coordinator);
        var id = await CaseFile.NewReviewAsync(db, "A DHR1", new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 1));
        await using var context = db.NewContext();
        var review = await context.Reviews.SingleAsync(r => r.Id == id);
        review.Stage = ReviewStage.Drafting;
        review.Decision = ReviewDecision.Hold;
        review.DecisionDate = new DateOnly(2026, 3, 1);
        review.HomeOfficeNotifiedDate = new DateOnly(2026, 3, 2);
        review.ActiveDueDate = new DateOnly(2026, 9, 1);
        await context.SaveChangesAsync();
        return (db, id, coordinator);
    }

    private static async Task<RevisedTimetableInput> InputAsync(TestDatabase db, Guid id) => new()
    {
        Version = await CaseFile.VersionOfReviewAsync(db, id),
        RevisedTargetDate = new DateOnly(2027, 1, 31),
        Reason = "Criminal trial listed for January; agreed with the Home Office.",
        AgreedOn = new DateOnly(2026, 11, 20),
    };

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_agreed_date_is_recorded_shown_beside_the_statutory_one_with_a_timeline_line_and_an_audit_row(DatabaseProvider provider)
    {
        var (db, id, coordinator) = await SetupAsync(provider);
        await using var _ = db;

        var result = await db.Get<RevisedTimetableService>().SetAsync(id, await InputAsync(db, id));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var details = (await db.Get<ReviewService>().GetAsync(id))!;
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), Rag.Red), (details.Clock.StatutoryDue, details.Clock.AgreedDue, details.Clock.Rag));
        Assert.Equal(new AgreedTimetable(new DateOnly(2027, 1, 31), "Criminal trial listed for January; agreed with the Home Office.", new DateOnly(2026, 11, 20)),
            details.AgreedTimetable);
        var line = (await db.Get<ReviewService>().TimelineAsync(id))![0];
        Assert.Equal((ReviewEventKind.TimetableRevised, new DateOnly(2026, 11, 20)), (line.Kind, line.EffectiveDate));
        await using var context = db.NewContext();
        var row = await context.AuditEntries.Include(a => a.ChangeSet)
            .SingleAsync(a => a.Action == AuditActions.Update && a.EntityId == id.ToString());
        Assert.Equal((coordinator, "RevisedTargetDate, RevisedTargetReason, RevisedTargetAgreedOn"), (row.UserId, row.Detail));
        Assert.Contains("2027-01-31", row.ChangeSet!.Values, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 9, 1), (await context.Reviews.SingleAsync(r => r.Id == id)).ActiveDueDate);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Bad_input_is_refused_by_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        var (db, id, _) = await SetupAsync(provider);
        await using var _ = db;
        var input = await InputAsync(db, id);
        input.RevisedTargetDate = new DateOnly(2026, 1, 31);
        input.Reason = " ";
        input.AgreedOn = new DateOnly(2026, 11, 27);

        var result = await db.Get<RevisedTimetableService>().SetAsync(id, input);

        Assert.Equal(
            [
                (nameof(RevisedTimetableInput.Reason), "Enter the reason for the revised timetable, for example 'Criminal trial listed for March'."),
                (nameof(RevisedTimetableInput.AgreedOn), "The date it was agreed must be today or in the past."),
                (nameof(RevisedTimetableInput.RevisedTargetDate), "The revised target date cannot be before the death was notified (1 Feb 2026)."),
            ],
            result.Errors.Select(e => (e.Field, e.Message)));
        await using var context = db.NewContext();
        var review = await context.Reviews.SingleAsync(r => r.Id == id);
        Assert.Equal((null, null, null), (review.RevisedTargetDate, review.RevisedTargetReason, review.RevisedTargetAgreedOn));
        Assert.Empty(await context.ReviewEvents.Where(e => e.ReviewId == id && e.Kind == ReviewEventKind.TimetableRevised).ToListAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task When_the_partnership_says_so_RAG_follows_the_agreed_date_in_the_read_and_in_the_list_filters(DatabaseProvider provider)
    {
        var (db, id, coordinator) = await SetupAsync(provider);
        await using var _ = db;
        Assert.True((await db.Get<RevisedTimetableService>().SetAsync(id, await InputAsync(db, id))).Succeeded);
        var reviews = db.Get<ReviewService>();
        async Task<int> Listed(Rag rag) => (await reviews.ListAsync(new ReviewQuery(Rag: rag), new PageRequest())).TotalCount;
        Assert.Equal((1, 0), (await Listed(Rag.Red), await Listed(Rag.Green)));
        var dashboard = await db.Get<DashboardService>().GetAsync();
        Assert.Equal((1, false), (dashboard.OverdueCount, dashboard.RagFollowsAgreed));

        db.SignInAs(await db.CreateUserAsync(Roles.Administrator, "Partnership A"));
        var settings = (await db.Get<PartnershipSettingsService>().GetAsync(await PartnershipIdAsync(db)))!;
        settings.RagFollowsAgreedTimetable = true;
        Assert.True((await db.Get<PartnershipSettingsService>().UpdateAsync(settings)).Succeeded);

        db.SignInAs(coordinator);
        Assert.Equal((0, 1), (await Listed(Rag.Red), await Listed(Rag.Green)));
        dashboard = await db.Get<DashboardService>().GetAsync();
        Assert.Equal((0, true), (dashboard.OverdueCount, dashboard.RagFollowsAgreed)); // the card says which date it counts against
        var clock = (await reviews.GetAsync(id))!.Clock;
        Assert.Equal((Rag.Green, 86, true), (clock.Rag, clock.DaysOverdue, clock.RagFollowsAgreed));
        var item = Assert.Single((await reviews.ListAsync(new ReviewQuery(), new PageRequest())).Items);
        Assert.Equal((new DateOnly(2027, 1, 31), Rag.Green), (item.DueDate, item.Rag));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_the_partnerships_coordinators_record_a_revised_timetable(DatabaseProvider provider)
    {
        var (db, id, _) = await SetupAsync(provider);
        await using var _ = db;
        var input = await InputAsync(db, id);

        db.SignInAs(await db.CreateUserAsync(Roles.Manager, "Partnership A"));
        Assert.Equal(Refusals.NotPermitted, Assert.Single((await db.Get<RevisedTimetableService>().SetAsync(id, input)).Errors).Message);
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership B"));
        await Assert.ThrowsAsync<NotFoundException>(() => db.Get<RevisedTimetableService>().SetAsync(id, input));

        await using var context = db.NewContext();
        Assert.Null((await context.Reviews.SingleAsync(r => r.Id == id)).RevisedTargetDate);
        Assert.Equal(2, await context.AuditEntries.CountAsync(a => a.EntityId == id.ToString() && a.Outcome == AuditOutcome.Denied));
    }

    private static async Task<int> PartnershipIdAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.Partnerships.Where(p => p.Name == "Partnership A").Select(p => p.Id).SingleAsync();
    }
}
