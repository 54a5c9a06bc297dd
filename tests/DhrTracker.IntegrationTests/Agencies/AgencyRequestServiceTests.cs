using DhrTracker.Core.Agencies;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.Agencies;

/// <summary>Issue 13 item 12: requests, chases and receipts recorded from the tool, per review and across the partnership.</summary>
public sealed class AgencyRequestServiceTests
{
    // The test clock's today is 26 Nov 2026.
    private static readonly DateOnly Requested = new(2026, 10, 1);
    private static readonly DateOnly Due = new(2026, 11, 1);

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_imr_requested_chased_and_received_leaves_the_overdue_list(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var police = await PanelAccessTests.AgencyIdAsync(c.Db, "Police");
        await GiveContactAsync(c.Db, police);
        c.Db.SignInAs(c.Coordinator);
        var involvement = CaseFile.Ok(await c.Db.Get<ReviewAgencyService>().AddAsync(c.Sat, new ReviewAgencyInput { AgencyId = police }));
        var requests = c.Db.Get<AgencyRequestService>();

        CaseFile.Ok(await requests.RequestAsync(c.Sat, involvement,
            new AgencyRequestInput { Kind = SubmissionKind.Imr, Requested = Requested, Due = Due, Version = VersionOf(c.Db, involvement) }));
        var overdue = Assert.Single(await requests.ListAsync(new AgencyRequestQuery(Overdue: true)));
        Assert.Equal(("A DHR1", "Police", SubmissionKind.Imr, 25), (overdue.Reference, overdue.AgencyName, overdue.Kind, overdue.DaysOverdue));
        Assert.Equal(new AgencyContact("Sample Contact", "spoc@police.example.org", "+44 1632 960123"), overdue.Contact);

        CaseFile.Ok(await requests.ChaseAsync(c.Sat, involvement,
            new AgencyChaseInput { Kind = SubmissionKind.Imr, ChasedOn = new(2026, 11, 20), Note = "Emailed the SPOC." }));
        var view = (await requests.ForReviewAsync(c.Sat))!;
        var imr = view.Rows.Single(r => r.Kind == SubmissionKind.Imr);
        Assert.Equal([new ChaseItem(new(2026, 11, 20), "Emailed the SPOC.")], imr.Chases);
        Assert.Equal(4, view.Rows.Count);
        Assert.True(view.CanChange);

        CaseFile.Ok(await requests.ReceiveAsync(c.Sat, involvement,
            new AgencyReceiptInput { Kind = SubmissionKind.Imr, Received = new(2026, 11, 25), Version = VersionOf(c.Db, involvement) }));
        Assert.Empty(await requests.ListAsync(new AgencyRequestQuery(Overdue: true)));
        Assert.Empty(await requests.ListAsync(new AgencyRequestQuery()));
        Assert.Empty(await c.Db.Get<ReviewAgencyService>().OverdueAsync());

        await using var context = c.Db.NewContext();
        var lines = await context.ReviewEvents.Where(e => e.ReviewId == c.Sat && e.Kind == ReviewEventKind.AgencyRequest).OrderBy(e => e.Id)
            .Select(e => e.Note).ToListAsync();
        Assert.Equal([
            "IMR requested from Police on 1 Oct 2026, due 1 Nov 2026.",
            "Police chased for the IMR on 20 Nov 2026. Emailed the SPOC.",
            "IMR received from Police on 25 Nov 2026.",
        ], lines);
        var row = await context.ReviewAgencies.SingleAsync(a => a.Id == involvement);
        Assert.Equal((Requested, Due, new DateOnly(2026, 11, 25)), (row.ImrRequested!.Value, row.ImrDue!.Value, row.ImrReceived!.Value));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Bad_dates_are_refused_at_their_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var police = await PanelAccessTests.AgencyIdAsync(c.Db, "Police");
        var involvement = CaseFile.Ok(await c.Db.Get<ReviewAgencyService>().AddAsync(c.Sat, new ReviewAgencyInput
        {
            AgencyId = police,
            ChronologyRequested = Requested,
            ChronologyDue = Due,
        }));
        var requests = c.Db.Get<AgencyRequestService>();
        var before = await AccessMatrixWorlds.FingerprintAsync(c.Db);

        (string Field, Core.Common.Result<Guid> Result)[] refusals =
        [
            ("Due", await requests.RequestAsync(c.Sat, involvement, new AgencyRequestInput { Kind = SubmissionKind.Imr, Requested = Due, Due = Requested })),
            ("Requested", await requests.RequestAsync(c.Sat, involvement, new AgencyRequestInput { Kind = SubmissionKind.Imr, Requested = new(2026, 11, 27), Due = new(2026, 12, 27) })),
            ("Kind", await requests.RequestAsync(c.Sat, involvement, new AgencyRequestInput { Requested = Requested, Due = Due })),
            ("Received", await requests.ReceiveAsync(c.Sat, involvement, new AgencyReceiptInput { Kind = SubmissionKind.Chronology, Received = new(2026, 9, 30) })),
            ("Received", await requests.ReceiveAsync(c.Sat, involvement, new AgencyReceiptInput { Kind = SubmissionKind.Chronology, Received = new(2026, 11, 27) })),
            ("Kind", await requests.ReceiveAsync(c.Sat, involvement, new AgencyReceiptInput { Kind = SubmissionKind.Imr, Received = new(2026, 11, 20) })),
            ("ChasedOn", await requests.ChaseAsync(c.Sat, involvement, new AgencyChaseInput { Kind = SubmissionKind.Chronology, ChasedOn = new(2026, 9, 30) })),
            ("ChasedOn", await requests.ChaseAsync(c.Sat, involvement, new AgencyChaseInput { Kind = SubmissionKind.Chronology, ChasedOn = new(2026, 11, 27) })),
            ("Kind", await requests.ChaseAsync(c.Sat, involvement, new AgencyChaseInput { Kind = SubmissionKind.SummaryReport, ChasedOn = new(2026, 11, 20) })),
        ];

        Assert.All(refusals, r => Assert.Equal(r.Field, Assert.Single(r.Result.Errors).Field));
        Assert.Contains("on or after the date the Chronology was requested (1 Oct 2026)", refusals[3].Result.Errors[0].Message);
        Assert.Equal(before, await AccessMatrixWorlds.FingerprintAsync(c.Db));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_scoping_return_overdue_counts_on_both_lists_and_an_ended_review_on_neither(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var agencies = c.Db.Get<ReviewAgencyService>();
        var police = await PanelAccessTests.AgencyIdAsync(c.Db, "Police");
        var gp = await PanelAccessTests.AgencyIdAsync(c.Db, "GP");
        await agencies.AddAsync(c.Sat, new ReviewAgencyInput { AgencyId = police });
        var scoping = (await agencies.ListAsync(c.Sat))!.Items.Single();
        CaseFile.Ok(await c.Db.Get<AgencyRequestService>().RequestAsync(c.Sat, scoping.Id, new AgencyRequestInput
        { Kind = SubmissionKind.ScopingReturn, Requested = new(2026, 11, 2), Due = new(2026, 11, 16), Version = scoping.Details.Version }));
        await agencies.AddAsync(c.NotSat, new ReviewAgencyInput { AgencyId = gp, SummaryRequested = Requested, SummaryDue = new(2026, 12, 1) });

        var requests = c.Db.Get<AgencyRequestService>();
        var overdue = await requests.ListAsync(new AgencyRequestQuery(Overdue: true));
        Assert.Equal([("A DHR1", SubmissionKind.ScopingReturn, 10)], overdue.Select(o => (o.Reference, o.Kind, o.DaysOverdue)));
        Assert.Equal(overdue.Select(o => (o.ReviewId, o.Kind)), (await agencies.OverdueAsync()).Select(o => (o.ReviewId, o.Kind)));
        Assert.Equal([("A DHR1", SubmissionKind.ScopingReturn), ("A DHR2", SubmissionKind.SummaryReport)],
            (await requests.ListAsync(new AgencyRequestQuery())).Select(o => (o.Reference, o.Kind)));

        await using (var context = c.Db.NewContext())
        {
            await context.Reviews.Where(r => r.Id == c.Sat).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, ReviewStage.NotProceeding));
        }

        Assert.Empty(await requests.ListAsync(new AgencyRequestQuery(Overdue: true)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Managers_read_the_partnership_list_panel_members_neither_list_nor_record(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var police = await PanelAccessTests.AgencyIdAsync(c.Db, "Police");
        var involvement = CaseFile.Ok(await c.Db.Get<ReviewAgencyService>().AddAsync(c.Sat,
            new ReviewAgencyInput { AgencyId = police, ImrRequested = Requested, ImrDue = Due }));

        c.Db.SignInAs(c.Manager);
        Assert.Single(await c.Db.Get<AgencyRequestService>().ListAsync(new AgencyRequestQuery(Overdue: true)));
        Assert.False((await c.Db.Get<AgencyRequestService>().ForReviewAsync(c.Sat))!.CanChange);

        c.Db.SignInAs(c.PanelMember);
        var requests = c.Db.Get<AgencyRequestService>();
        Assert.Empty(await requests.ListAsync(new AgencyRequestQuery(Overdue: true)));
        Assert.False((await requests.ForReviewAsync(c.Sat))!.CanChange);
        var chase = await requests.ChaseAsync(c.Sat, involvement, new AgencyChaseInput { Kind = SubmissionKind.Imr, ChasedOn = new(2026, 11, 20) });
        Assert.Equal(Core.Common.Refusals.NotPermitted, Assert.Single(chase.Errors).Message);

        await using var context = c.Db.NewContext();
        Assert.Empty(await context.Set<SubmissionChase>().ToListAsync());
        Assert.True(await context.AuditEntries.AnyAsync(a => a.UserId == c.PanelMember && a.Outcome == AuditOutcome.Denied && a.EntityType == "AgencyRequest"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_register_keeps_a_contact_and_refuses_an_email_or_phone_of_the_wrong_shape(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A");
        db.SignInAs(await db.CreateUserAsync(Roles.Administrator, "Partnership A"));
        var register = db.Get<AgencyRegister>();
        var police = (await register.ListAsync()).Single(a => a.Name == "Police");
        var before = await AccessMatrixWorlds.FingerprintAsync(db);

        var bad = await register.UpdateAsync(police.Id, new AgencyInput
        { Name = "Police", Version = police.Version, ContactName = "Sample Contact", ContactEmail = "spoc.police.example.org", ContactPhone = "01632 96O123" });

        Assert.Equal(["ContactEmail", "ContactPhone"], bad.Errors.Select(e => e.Field).Order());
        Assert.Equal(before, await AccessMatrixWorlds.FingerprintAsync(db));
        CaseFile.Ok(await register.UpdateAsync(police.Id, new AgencyInput
        { Name = "Police", Version = police.Version, ContactName = " Sample Contact ", ContactEmail = "spoc@police.example.org", ContactPhone = "" }));
        Assert.Equal(new AgencyContact("Sample Contact", "spoc@police.example.org", null), (await register.ListAsync()).Single(a => a.Name == "Police").Contact);
    }

    private static async Task GiveContactAsync(TestDatabase db, int agencyId)
    {
        db.SignInAs(await db.CreateUserAsync(Roles.Administrator, TwoReviews.Partnership));
        var register = db.Get<AgencyRegister>();
        var agency = (await register.ListAsync()).Single(a => a.Id == agencyId);
        CaseFile.Ok(await register.UpdateAsync(agencyId, new AgencyInput
        {
            Name = agency.Name,
            Version = agency.Version,
            ContactName = "Sample Contact",
            ContactEmail = "spoc@police.example.org",
            ContactPhone = "+44 1632 960123",
        }));
    }

    private static Guid VersionOf(TestDatabase db, Guid involvement)
    {
        using var context = db.NewContext();
        return context.ReviewAgencies.Where(a => a.Id == involvement).Select(a => a.Version).Single();
    }
}
