using DhrTracker.Core.BoardReports;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using DhrTracker.IntegrationTests.Actions;
using MiniExcelLibs;

namespace DhrTracker.IntegrationTests.BoardReports;

/// <summary>
/// The board report over a register whose clocks are worked out by hand here. Today is 26 Nov 2026
/// (TestDatabase.Now); decision timescale 1 month. <see cref="PlanSetup"/> gives review A DHR1, notified
/// 2 Mar 2026 with no decision (due 2 Apr 2026: 238 days overdue), and two actions: Police due 31 Jan 2027,
/// Housing due 20 Nov 2026 (6 days overdue).
/// </summary>
public sealed class BoardReportServiceTests
{
    private sealed record Register(PlanSetup Plan, Guid OnTime, Guid Paused, Guid Ended);

    private static async Task<Register> SeedAsync(DatabaseProvider provider)
    {
        var s = await PlanSetup.CreateAsync(provider);
        var db = s.Db;
        db.SignInAs(s.Coordinator);
        // Notified 10 Nov 2026: decision due 10 Dec 2026, on time.
        var onTime = await CaseFile.NewReviewAsync(db, "A DHR2", new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 10));
        // Notified 2 Oct 2026: decision due 2 Nov 2026, 24 days past it; paused for an inquest since 10 Nov.
        var paused = await CaseFile.NewReviewAsync(db, "A DHR3", new DateOnly(2026, 9, 28), new DateOnly(2026, 10, 2));
        var lifecycle = db.Get<ReviewLifecycleService>();
        CaseFile.Ok(await lifecycle.PauseAsync(paused, new PauseReviewInput
        {
            Version = await CaseFile.VersionOfReviewAsync(db, paused),
            Reason = PauseReason.Inquest,
            StartDate = new DateOnly(2026, 11, 10),
        }));
        CaseFile.Ok(await lifecycle.SaveProceedingAsync(paused, new ProceedingInput
        {
            Version = await CaseFile.VersionOfReviewAsync(db, paused),
            Type = ProceedingType.Inquest,
            Status = ProceedingStatus.InProgress,
            NextKeyDate = new DateOnly(2027, 1, 15),
        }));
        // Decided not to hold: the review has ended and is not the board's business any more.
        var ended = await CaseFile.NewReviewAsync(db, "A DHR4", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 5));
        CaseFile.Ok(await lifecycle.MoveAsync(ended, new StageMoveInput
        {
            Move = ReviewMove.RecordDecision,
            Version = await CaseFile.VersionOfReviewAsync(db, ended),
            Decision = ReviewDecision.NotHold,
            DecisionDate = new DateOnly(2026, 10, 20),
            DecisionRationale = "Criteria not met.",
            HomeOfficeNotifiedDate = new DateOnly(2026, 10, 22),
        }));

        // Another partnership's overdue review must not appear.
        await db.CreatePartnershipAsync("Partnership B", "B DHR");
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership B"));
        await CaseFile.NewReviewAsync(db, "B DHR1", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 5));
        db.SignInAs(s.Coordinator);
        return new Register(s, onTime, paused, ended);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Open_reviews_come_most_overdue_first_with_why_and_the_next_key_date(DatabaseProvider provider)
    {
        var r = await SeedAsync(provider);
        await using var _ = r.Plan;
        r.Plan.Db.SignInAs(r.Plan.Manager);

        var report = CaseFile.Ok(await r.Plan.Db.Get<BoardReportService>().GetAsync());

        Assert.Equal(new DateOnly(2026, 11, 26), report.AsOf);
        Assert.Equal(["A DHR1", "A DHR3", "A DHR2"], report.Reviews.Select(x => x.Reference));
        Assert.Equal([238, 24, 0], report.Reviews.Select(x => x.Clock.DaysOverdue));
        Assert.Equal(2, report.ReviewsOverdue);

        var paused = report.Reviews.Single(x => x.Id == r.Paused);
        Assert.Equal(new DateOnly(2026, 11, 2), paused.Clock.StatutoryDue);
        Assert.Contains("Paused: Inquest, since 10 Nov 2026", paused.Why);
        Assert.Contains("Inquest: in progress, next key date 15 Jan 2027", paused.Why);
        // The pause explains 16 days of the 24, so the adjusted date (18 Nov) has passed too: the inquest is next.
        Assert.Equal(new KeyDate(new DateOnly(2027, 1, 15), "Inquest: next key date"), paused.NextKeyDate);

        var onTime = report.Reviews.Single(x => x.Id == r.OnTime);
        Assert.Empty(onTime.Why);
        Assert.Equal(new KeyDate(new DateOnly(2026, 12, 10), "Decision due"), onTime.NextKeyDate);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Action_plans_show_completion_by_agency_and_each_overdue_action(DatabaseProvider provider)
    {
        var r = await SeedAsync(provider);
        await using var _ = r.Plan;

        var report = CaseFile.Ok(await r.Plan.Db.Get<BoardReportService>().GetAsync());

        Assert.Equal([("Housing", 1, 0, 1), ("Police", 1, 0, 0)], report.Agencies.Select(a => (a.Agency, a.Actions, a.SignedOff, a.Overdue)));
        var overdue = Assert.Single(report.OverdueActions);
        Assert.Equal((r.Plan.HousingAction, new DateOnly(2026, 11, 20)), (overdue.Id, overdue.TargetDate));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_workbook_has_the_three_tables_with_headings_even_when_one_is_empty(DatabaseProvider provider)
    {
        var r = await SeedAsync(provider);
        await using var _ = r.Plan;
        var plan = r.Plan.Plan;
        // Move the Housing target out so nothing is overdue: the sheet keeps its headings.
        var input = CaseFile.NewAction(r.Plan.Housing, new DateOnly(2027, 3, 1));
        input.Version = await ActionVersionAsync(r.Plan.Db, r.Plan.HousingAction);
        input.TargetDateReason = "Agreed with the partnership after a restructure.";
        CaseFile.Ok(await plan.UpdateActionAsync(r.Plan.HousingAction, input));

        var file = CaseFile.Ok(await r.Plan.Db.Get<BoardReportService>().ExportAsync());

        Assert.EndsWith(".xlsx", file.FileName);
        using var stream = new MemoryStream(file.Bytes);
        Assert.Equal(["Open reviews", "Actions by agency", "Overdue actions"], MiniExcel.GetSheetNames(stream));
        var reviews = stream.Query(useHeaderRow: true, sheetName: "Open reviews").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["A DHR1", "A DHR3", "A DHR2"], reviews.Select(x => x["Review"]?.ToString()));
        var due = XlsxCells.Read(file.Bytes, "Open reviews", "Statutory due", 1);
        Assert.Equal((true, new DateTime(2026, 11, 2), "d mmm yyyy"), (due.IsNumber, due.AsDate, due.NumberFormat));
        Assert.Contains("Paused: Inquest, since 10 Nov 2026", reviews[1]["Why"]?.ToString());
        var overdueHeader = stream.Query(useHeaderRow: false, sheetName: "Overdue actions").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Review", Assert.Single(overdueHeader)["A"]?.ToString());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Typed_text_cannot_become_a_formula_in_the_workbook(DatabaseProvider provider)
    {
        var r = await SeedAsync(provider);
        await using var _ = r.Plan;
        var formula = CaseFile.NewAction(r.Plan.Housing, new DateOnly(2026, 11, 1));
        formula.Description = "=HYPERLINK(\"http://example.invalid\",\"Open\")";
        CaseFile.Ok(await r.Plan.Plan.AddActionAsync(r.Plan.RecommendationId, formula));

        var file = CaseFile.Ok(await r.Plan.Db.Get<BoardReportService>().ExportAsync());

        using var stream = new MemoryStream(file.Bytes);
        var rows = stream.Query(useHeaderRow: true, sheetName: "Overdue actions").Cast<IDictionary<string, object>>().ToList();
        var cell = rows.Select(x => x["Action"]?.ToString()).Single(t => t!.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.False(cell!.StartsWith('='), cell);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_coordinators_and_managers_of_the_partnership_get_it_and_each_refusal_is_audited(DatabaseProvider provider)
    {
        var r = await SeedAsync(provider);
        await using var _ = r.Plan;
        var db = r.Plan.Db;
        var panel = await db.CreateUserAsync(Roles.PanelMember, PlanSetup.Partnership);
        var admin = await db.CreateUserAsync(Roles.Administrator, PlanSetup.Partnership);

        foreach (var user in new[] { panel, admin, r.Plan.PoliceLead })
        {
            db.SignInAs(user);
            var seen = await db.Get<BoardReportService>().GetAsync();
            var file = await db.Get<BoardReportService>().ExportAsync();
            Assert.False(seen.Succeeded);
            Assert.False(file.Succeeded);
            Assert.Contains("Coordinators and Managers", seen.Errors[0].Message);
        }

        await using var context = db.NewContext();
        var denied = await context.AuditEntries.CountAsync(a => a.EntityType == BoardReportService.Entity && a.Outcome == Core.Audit.AuditOutcome.Denied);
        Assert.Equal(6, denied);
    }

    private static async Task<Guid> ActionVersionAsync(TestDatabase db, Guid actionId)
    {
        await using var context = db.NewContext();
        return await context.Actions.Where(a => a.Id == actionId).Select(a => a.Version).SingleAsync();
    }
}
