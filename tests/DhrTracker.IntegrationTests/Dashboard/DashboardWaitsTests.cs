using DhrTracker.Core.Agencies;
using DhrTracker.Core.Common;
using DhrTracker.Core.Dashboard;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard's lines for what the partnership waits on (issue 13): each count equals the list it links to.
/// Today is 26 Nov 2026 (TestDatabase.Now).
/// </summary>
public sealed class DashboardWaitsTests
{
    private static async Task<(TestDatabase Db, string Coordinator)> SeedAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var a = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        var b = await db.CreatePartnershipAsync("Partnership B", "B DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership B"));
        var other = await CaseFile.NewReviewAsync(db, "B DHR1");
        db.SignInAs(coordinator);
        var ids = new Dictionary<string, Guid>();
        foreach (var reference in new[] { "A DHR1", "A DHR2", "A DHR3", "A DHR4", "A DHR5", "A DHR6" })
        {
            ids[reference] = await CaseFile.NewReviewAsync(db, reference);
        }

        await using var context = db.NewContext();
        var reviews = await context.Reviews.ToDictionaryAsync(r => r.Reference);
        // Told, with Home Office QA since 1 Oct.
        Set(reviews["A DHR1"], ReviewStage.HomeOfficeQa, r => { r.QaSubmissionDate = new DateOnly(2026, 10, 1); r.LocalSignOffDate = new DateOnly(2026, 9, 20); r.CommissionerCopyDate = new DateOnly(2026, 9, 25); });
        // Approved on 16 Oct (41 days ago), not published; signed off 1 Aug and the Commissioner's copy not sent.
        Set(reviews["A DHR2"], ReviewStage.AwaitingPublication, r =>
        {
            r.LocalSignOffDate = new DateOnly(2026, 8, 1);
            r.QaSubmissionDate = new DateOnly(2026, 8, 10);
            r.QaOutcome = QaOutcome.Publish;
            r.QaOutcomeDate = new DateOnly(2026, 10, 16);
        });
        // Signed off 20 Nov, copy not sent yet, still at local sign-off.
        Set(reviews["A DHR3"], ReviewStage.LocalSignOff, r => r.LocalSignOffDate = new DateOnly(2026, 11, 20));
        // Closed without a copy date (imported history): an ended review is nobody's task.
        Set(reviews["A DHR4"], ReviewStage.Closed, r => r.LocalSignOffDate = new DateOnly(2025, 1, 10));
        // Not held, decided 20 Nov and told the same day: nothing to do.
        Set(reviews["A DHR5"], ReviewStage.NotProceeding, r => { r.Decision = ReviewDecision.NotHold; r.DecisionDate = new DateOnly(2026, 11, 20); r.HomeOfficeNotifiedDate = new DateOnly(2026, 11, 20); });
        // Held on 22 Nov, Home Office not told: due 29 Nov, not yet overdue.
        Set(reviews["A DHR6"], ReviewStage.Commissioning, r => { r.Decision = ReviewDecision.Hold; r.DecisionDate = new DateOnly(2026, 11, 22); r.HomeOfficeNotifiedDate = null; });
        // Partnership B's review, approved and waiting: not A's to see.
        Set(reviews["B DHR1"], ReviewStage.AwaitingPublication, r => r.QaOutcomeDate = new DateOnly(2026, 9, 1));

        // Agency submissions: A DHR1 owes an overdue IMR and scoping return (and a chronology not yet due);
        // A DHR3 owes a summary report received late (not overdue); the closed review and B's review owe overdue IMRs that do not count.
        var agencyA = await context.Agencies.Where(x => x.PartnershipId == a).Select(x => x.Id).FirstAsync();
        var agencyB = await context.Agencies.Where(x => x.PartnershipId == b).Select(x => x.Id).FirstAsync();
        context.ReviewAgencies.AddRange(
            Agency(ids["A DHR1"], agencyA, x => { x.ImrDue = new DateOnly(2026, 11, 1); x.ScopingDue = new DateOnly(2026, 11, 25); x.ChronologyDue = new DateOnly(2026, 11, 26); }),
            Agency(ids["A DHR3"], agencyA, x => { x.SummaryDue = new DateOnly(2026, 10, 1); x.SummaryReceived = new DateOnly(2026, 11, 2); }),
            Agency(ids["A DHR4"], agencyA, x => x.ImrDue = new DateOnly(2025, 1, 1)),
            Agency(other, agencyB, x => x.ImrDue = new DateOnly(2026, 1, 1)));
        await context.SaveChangesAsync();
        return (db, coordinator);
    }

    private static void Set(Review review, ReviewStage stage, Action<Review> facts)
    {
        review.Stage = stage;
        if (stage is not (ReviewStage.Notified or ReviewStage.Scoping) && review.Decision == ReviewDecision.Pending)
        {
            review.Decision = ReviewDecision.Hold;
            review.DecisionDate = new DateOnly(2026, 3, 1);
            review.HomeOfficeNotifiedDate = new DateOnly(2026, 3, 2);
        }

        facts(review);
    }

    private static ReviewAgency Agency(Guid reviewId, int agencyId, Action<ReviewAgency> dates)
    {
        var agency = new ReviewAgency { Id = Guid.NewGuid(), ReviewId = reviewId, AgencyId = agencyId };
        dates(agency);
        return agency;
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_waiting_count_equals_the_list_it_links_to(DatabaseProvider provider)
    {
        var (db, _) = await SeedAsync(provider);
        await using var _ = db;

        var view = await db.Get<DashboardService>().GetAsync();

        var reviews = db.Get<ReviewService>();
        async Task<string[]> Listed(ReviewQuery q) =>
            (await reviews.ListAsync(q, new PageRequest(0, 100, nameof(ReviewListItem.Reference), false))).Items.Select(i => i.Reference).ToArray();
        Assert.Equal(["A DHR6"], await Listed(new ReviewQuery(HomeOfficeNotTold: true)));
        Assert.Equal(["A DHR1"], await Listed(new ReviewQuery(AwaitingHomeOffice: true)));
        Assert.Equal(["A DHR2", "A DHR3"], await Listed(new ReviewQuery(CommissionerCopyNotSent: true)));
        Assert.Equal(["A DHR2"], await Listed(new ReviewQuery(Stage: ReviewStage.AwaitingPublication)));
        Assert.Equal((1, 1, 2, 1),
            (view.HomeOfficeNotToldCount, view.AwaitingHomeOfficeCount, view.CommissionerCopyNotSentCount, view.ApprovedNotPublishedCount));
        Assert.Equal(["A DHR6"], view.HomeOfficeNotTold.Select(w => w.Reference));
        Assert.Equal(["A DHR1"], view.AwaitingHomeOffice.Select(w => w.Reference));
        Assert.Equal(["A DHR2", "A DHR3"], view.CommissionerCopyNotSent.Select(w => w.Reference));
        Assert.Equal(["A DHR2"], view.ApprovedNotPublished.Select(w => w.Reference));

        var overdue = await db.Get<ReviewAgencyService>().OverdueAsync();
        Assert.Equal(
            [("A DHR1", SubmissionKind.Imr), ("A DHR1", SubmissionKind.ScopingReturn)],
            overdue.Select(o => (o.Reference, o.Kind)).OrderBy(o => o.Kind == SubmissionKind.ScopingReturn));
        Assert.Equal(overdue.Count, view.AgencySubmissionsOverdueCount);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_wait_shows_when_it_began_and_how_long_and_telling_the_Home_Office_has_its_own_deadline(DatabaseProvider provider)
    {
        var (db, _) = await SeedAsync(provider);
        await using var _ = db;

        var view = await db.Get<DashboardService>().GetAsync();

        var untold = Assert.Single(view.HomeOfficeNotTold);
        Assert.Equal((new DateOnly(2026, 11, 22), 4, new DateOnly(2026, 11, 29), 0), (untold.Since, untold.Days, untold.Due, untold.DaysOverdue(view.Today)));
        Assert.Equal((new DateOnly(2026, 10, 1), 56), (view.AwaitingHomeOffice[0].Since, view.AwaitingHomeOffice[0].Days));
        Assert.Equal((new DateOnly(2026, 10, 16), 41), (view.ApprovedNotPublished[0].Since, view.ApprovedNotPublished[0].Days));
        Assert.Equal([117, 6], view.CommissionerCopyNotSent.Select(w => w.Days));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_days_to_tell_the_Home_Office_is_the_partnerships_setting(DatabaseProvider provider)
    {
        var (db, _) = await SeedAsync(provider);
        await using var _ = db;
        await using (var context = db.NewContext())
        {
            var a = await context.Partnerships.SingleAsync(p => p.Name == "Partnership A");
            a.HomeOfficeNotificationDays = 2;
            await context.SaveChangesAsync();
        }

        var untold = Assert.Single((await db.Get<DashboardService>().GetAsync()).HomeOfficeNotTold);

        Assert.Equal((new DateOnly(2026, 11, 24), 2), (untold.Due, untold.DaysOverdue(new DateOnly(2026, 11, 26))));
    }
}
