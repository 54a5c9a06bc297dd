using DhrTracker.Core.Agencies;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Panel;

/// <summary>R3: a PanelMember reaches exactly the reviews they sit on, through every entry point.</summary>
public sealed class PanelAccessTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_lists_and_opens_only_the_review_they_sit_on(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        c.Db.SignInAs(c.PanelMember);
        var reviews = c.Db.Get<ReviewService>();

        var list = await reviews.ListAsync(new ReviewQuery(), new PageRequest());
        Assert.Equal(["A DHR1"], list.Items.Select(i => i.Reference));
        Assert.Empty((await reviews.ListAsync(new ReviewQuery("DHR2"), new PageRequest())).Items);
        Assert.Equal(1, (await reviews.CountByStageAsync()).Values.Sum());
        Assert.NotNull(await reviews.GetAsync(c.Sat));
        Assert.Null(await reviews.GetAsync(c.NotSat));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_reaches_nothing_of_a_review_they_do_not_sit_on(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var victim = await AddVictimAsync(c.Db, c.NotSat, "Adult A");
        var version = await UploadAsync(c.Db, c.NotSat);
        await c.Db.Get<ReviewAgencyService>().AddAsync(c.NotSat, new ReviewAgencyInput { AgencyId = await AgencyIdAsync(c.Db, "Police"), ImrDue = new(2026, 11, 1), ImrRequested = new(2026, 10, 1) });

        c.Db.SignInAs(c.PanelMember);
        Assert.Null(await c.Db.Get<PeopleReader>().GetAsync(c.NotSat));
        Assert.Null(await c.Db.Get<PanelService>().ListAsync(c.NotSat));
        Assert.Null(await c.Db.Get<ReviewAgencyService>().ListAsync(c.NotSat));
        Assert.Null(await c.Db.Get<ReviewDocumentService>().ListAsync(c.NotSat));
        Assert.Null(await c.Db.Get<ReviewDocumentService>().DownloadAsync(version));
        Assert.Empty(await c.Db.Get<ReviewAgencyService>().OverdueAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => c.Db.Get<VictimService>().UpdateAsync(c.NotSat, victim, new VictimInput { Pseudonym = "X", AgeAtDeath = 40 }));
        await Assert.ThrowsAsync<NotFoundException>(() => c.Db.Get<VictimService>().AddAsync(c.NotSat, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "X", AgeAtDeath = 40 }));
        await Assert.ThrowsAsync<NotFoundException>(() => c.Db.Get<ReviewDocumentService>().UploadAsync(c.NotSat,
            new DocumentUploadInput { Kind = DocumentKind.Other, Title = "x" }, CaseFile.Pdf()));

        await using var context = c.Db.NewContext();
        Assert.Equal("Adult A", (await context.Victims.SingleAsync(v => v.Id == victim)).Pseudonym);
        Assert.Equal(1, await context.DocumentVersions.CountAsync());
        var download = await context.AuditEntries.SingleAsync(a => a.Action == AuditActions.Download);
        Assert.Equal((c.PanelMember, AuditOutcome.Denied), (download.UserId, download.Outcome));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_works_on_the_review_they_sit_on(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        c.Db.SignInAs(c.PanelMember);

        Assert.True((await c.Db.Get<VictimService>().AddAsync(c.Sat, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = "Adult A", AgeAtDeath = 40 })).Succeeded);
        var version = await UploadAsync(c.Db, c.Sat);
        Assert.Equal(CaseFile.SamplePdf, (await c.Db.Get<ReviewDocumentService>().DownloadAsync(version))!.Bytes);

        // The panel itself is the coordinator's to change.
        var refused = await c.Db.Get<PanelService>().AddAsync(c.Sat, new PanelMemberInput { UserId = c.Manager });
        Assert.False(refused.Succeeded);
        Assert.False((await c.Db.Get<PanelService>().ListAsync(c.Sat))!.CanChange);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Adding_and_removing_a_seat_takes_effect_on_the_next_request(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var panel = c.Db.Get<PanelService>();
        var seat = await panel.AddAsync(c.NotSat, new PanelMemberInput { UserId = c.PanelMember, Role = PanelRole.Author });
        Assert.True(seat.Succeeded);

        c.Db.SignInAs(c.PanelMember);
        var reviews = c.Db.Get<ReviewService>();
        Assert.NotNull(await reviews.GetAsync(c.NotSat));

        c.Db.SignInAs(c.Coordinator);
        var shown = (await panel.ListAsync(c.NotSat))!.Members.Single(m => m.Id == seat.Value);
        Assert.True((await panel.RemoveAsync(c.NotSat, seat.Value, shown.Version)).Succeeded);

        c.Db.SignInAs(c.PanelMember);
        Assert.Null(await reviews.GetAsync(c.NotSat));
        Assert.Equal(1, (await reviews.ListAsync(new ReviewQuery(), new PageRequest())).TotalCount);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_people_of_the_partnership_in_a_case_role_can_take_a_seat(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        await c.Db.CreatePartnershipAsync("Partnership B", "B DHR");
        var outsider = await c.Db.CreateUserAsync(DhrTracker.Core.Identity.Roles.PanelMember, "Partnership B");
        var agencyLead = await c.Db.CreateUserAsync(DhrTracker.Core.Identity.Roles.AgencyLead, TwoReviews.Partnership);
        var panel = c.Db.Get<PanelService>();

        foreach (var userId in new[] { outsider, agencyLead, c.PanelMember })
        {
            var result = await panel.AddAsync(c.Sat, new PanelMemberInput { UserId = userId });
            Assert.Equal(nameof(PanelMemberInput.UserId), Assert.Single(result.Errors).Field);
        }

        var candidates = await panel.CandidatesAsync(c.Sat);
        Assert.Equal(new[] { c.Coordinator, c.Manager }.Order(), candidates.Select(x => x.UserId).Order());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_second_chair_is_refused(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var panel = c.Db.Get<PanelService>();
        Assert.True((await panel.AddAsync(c.Sat, new PanelMemberInput { UserId = c.Coordinator, Role = PanelRole.Chair })).Succeeded);

        var second = await panel.AddAsync(c.Sat, new PanelMemberInput { UserId = c.Manager, Role = PanelRole.Chair });

        Assert.Equal(nameof(PanelMemberInput.Role), Assert.Single(second.Errors).Field);
    }

    internal static async Task<Guid> UploadAsync(TestDatabase db, Guid reviewId)
    {
        var result = await db.Get<ReviewDocumentService>().UploadAsync(reviewId,
            new DocumentUploadInput { Kind = DocumentKind.Imr, Title = "Police IMR" }, CaseFile.Pdf());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value;
    }

    internal static async Task<Guid> AddVictimAsync(TestDatabase db, Guid reviewId, string pseudonym, string? realName = null)
    {
        var result = await db.Get<VictimService>().AddAsync(reviewId, new VictimInput { PseudonymChoice = PseudonymChoice.ChosenByPanel, Pseudonym = pseudonym, AgeAtDeath = 40, RealName = realName });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value;
    }

    internal static async Task<int> AgencyIdAsync(TestDatabase db, string name)
    {
        await using var context = db.NewContext();
        return await context.Agencies.Where(a => a.Name == name && a.Partnership!.Name == TwoReviews.Partnership).Select(a => a.Id).SingleAsync();
    }
}
