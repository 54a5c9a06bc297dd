using DhrTracker.Core.Agencies;
using DhrTracker.Core.Identity;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.Agencies;

public sealed class AgencyTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_new_partnership_starts_with_the_usual_agencies(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A");
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership A"));

        var names = (await db.Get<AgencyRegister>().ListAsync()).Select(a => a.Name).ToList();

        Assert.Equal(20, names.Count);
        Assert.Contains("Police", names);
        Assert.Contains("IDVA / specialist domestic abuse service", names);
        Assert.Contains("MARAC", names);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_the_partnerships_administrator_edits_its_register(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A");
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership A"));
        Assert.False((await db.Get<AgencyRegister>().AddAsync(new AgencyInput { Name = "Community mental health team" })).Succeeded);

        db.SignInAs(await db.CreateUserAsync(Roles.Administrator, "Partnership A"));
        var register = db.Get<AgencyRegister>();
        Assert.True((await register.AddAsync(new AgencyInput { Name = "Community mental health team" })).Succeeded);
        var duplicate = await register.AddAsync(new AgencyInput { Name = "police" });
        Assert.Equal(nameof(AgencyInput.Name), Assert.Single(duplicate.Errors).Field);
        var police = (await register.ListAsync()).Single(a => a.Name == "Police");
        Assert.True((await register.UpdateAsync(police.Id, new AgencyInput { Name = "Police", IsActive = false, Version = police.Version })).Succeeded);
        Assert.DoesNotContain(await register.ListAsync(), a => a.Name == "Police");
        Assert.Contains(await register.ListAsync(includeRetired: true), a => a.Name == "Police" && !a.IsActive);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Overdue_submissions_are_flagged_for_the_dashboard(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var service = c.Db.Get<ReviewAgencyService>();
        var police = await PanelAccessTests.AgencyIdAsync(c.Db, "Police");
        var gp = await PanelAccessTests.AgencyIdAsync(c.Db, "GP");

        // Today is 26 Nov 2026: due yesterday and not received is overdue; due today, or received, is not.
        await service.AddAsync(c.Sat, new ReviewAgencyInput
        {
            AgencyId = police,
            ImrRequested = new(2026, 10, 1),
            ImrDue = new(2026, 11, 25),
            ChronologyRequested = new(2026, 10, 1),
            ChronologyDue = new(2026, 11, 26)
        });
        await service.AddAsync(c.NotSat, new ReviewAgencyInput
        {
            AgencyId = gp,
            SummaryRequested = new(2026, 10, 1),
            SummaryDue = new(2026, 11, 1),
            SummaryReceived = new(2026, 11, 20),
            ImrRequested = new(2026, 10, 1),
            ImrDue = new(2026, 11, 16)
        });

        var overdue = await service.OverdueAsync();
        Assert.Equal([("A DHR2", "GP", SubmissionKind.Imr, 10), ("A DHR1", "Police", SubmissionKind.Imr, 1)],
            overdue.Select(o => (o.Reference, o.Agency, o.Kind, o.DaysOverdue)));
        Assert.True((await service.ListAsync(c.Sat))!.Items.Single().IsOverdue);

        c.Db.SignInAs(c.PanelMember);
        Assert.Equal(["A DHR1"], (await c.Db.Get<ReviewAgencyService>().OverdueAsync()).Select(o => o.Reference));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_is_listed_once_per_review_and_must_be_on_the_register(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var service = c.Db.Get<ReviewAgencyService>();
        var police = await PanelAccessTests.AgencyIdAsync(c.Db, "Police");
        Assert.True((await service.AddAsync(c.Sat, new ReviewAgencyInput { AgencyId = police })).Succeeded);

        var twice = await service.AddAsync(c.Sat, new ReviewAgencyInput { AgencyId = police });
        var unknown = await service.AddAsync(c.Sat, new ReviewAgencyInput { AgencyId = 99999 });

        Assert.Equal(nameof(ReviewAgencyInput.AgencyId), Assert.Single(twice.Errors).Field);
        Assert.Equal(nameof(ReviewAgencyInput.AgencyId), Assert.Single(unknown.Errors).Field);
    }
}
