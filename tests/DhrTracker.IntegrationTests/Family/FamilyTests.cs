using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Dashboard;
using DhrTracker.Core.Family;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Family;

/// <summary>Issue 14 items 1 and 2: the family and network, their involvement log and its steps, and the dashboard's family list (ADR 0391).</summary>
public sealed class FamilyTests
{
    private sealed record Setup(TestDatabase Db, string Coordinator, string Manager, string Chair, string Author, string Member, Guid ReviewId)
        : IAsyncDisposable
    {
        public FamilyService Family => Db.Get<FamilyService>();
        public InvolvementService Log => Db.Get<InvolvementService>();

        public async Task<(int Members, int Entries, int Lines)> CountsAsync()
        {
            await using var c = Db.NewContext();
            return (await c.Set<FamilyMember>().CountAsync(), await c.Set<InvolvementEntry>().CountAsync(),
                await c.ReviewEvents.CountAsync(e => e.Kind == ReviewEventKind.Family));
        }

        public async Task<Guid> AddSisterAsync()
        {
            Db.SignInAs(Coordinator);
            return CaseFile.Ok(await Family.AddMemberAsync(ReviewId, new FamilyMemberInput
            {
                Role = NetworkRole.Sibling,
                Pseudonym = "Sister S",
                RealName = FamilySeed.SisterRealName,
                ContactDetails = "01632 960000",
                PreferredContact = ContactRoute.Email,
                Language = "Polish",
                Consent = ContactConsent.Given,
            }));
        }

        /// <summary>Writes the review's decision and stage straight to the table, as the dashboard reads them.</summary>
        public async Task HoldAsync(ReviewStage stage)
        {
            await using var c = Db.NewContext();
            var review = await c.Reviews.SingleAsync(r => r.Id == ReviewId);
            (review.Decision, review.DecisionDate, review.Stage) = (ReviewDecision.Hold, new DateOnly(2026, 4, 1), stage);
            await c.SaveChangesAsync();
        }

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    /// <summary>A review with a chair, an author and an ordinary member seated.</summary>
    private static async Task<Setup> ReviewAsync(DatabaseProvider provider)
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

        return new Setup(db, coordinator, manager, chair, author, member, reviewId);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_coordinator_adds_a_family_member_and_offers_advocacy_and_the_step_is_done_with_its_date(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var sister = await s.AddSisterAsync();
        var before = (await s.Family.GetAsync(s.ReviewId))!;
        Assert.Equal(InvolvementState.NotYet, before.Steps.Single(x => x.Step == "Specialist advocacy offered").State);

        var input = before.Members.Single().Details;
        input.AdvocacyOfferedOn = new DateOnly(2026, 11, 10);
        input.AdvocacyOrganisation = "AAFDA";
        input.LeafletGivenOn = new DateOnly(2026, 11, 10);
        CaseFile.Ok(await s.Family.UpdateMemberAsync(s.ReviewId, sister, input));

        var view = (await s.Family.GetAsync(s.ReviewId))!;
        var member = Assert.Single(view.Members);
        Assert.Equal("Sibling: Sister S", member.Name);
        Assert.Equal(("AAFDA", "Polish", FamilySeed.SisterRealName), (member.Details.AdvocacyOrganisation, member.Details.Language, member.Details.RealName));
        Assert.Equal(new InvolvementStepStatus("Specialist advocacy offered", InvolvementState.Done, new DateOnly(2026, 11, 10)),
            view.Steps.Single(x => x.Step == "Specialist advocacy offered"));
        Assert.Equal(InvolvementState.Done, view.Steps.Single(x => x.Step == "Home Office leaflet given").State);
        Assert.Equal(InvolvementState.NotYet, view.Steps.Single(x => x.Step == "Family contacted").State);
        Assert.True(view.CanManage);
        Assert.Empty(view.Restricted);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_contact_without_a_relationship_is_refused_naming_the_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        s.Db.SignInAs(s.Coordinator);
        var input = new FamilyMemberInput { Pseudonym = "Friend F", Language = "Welsh" };

        var result = await s.Family.AddMemberAsync(s.ReviewId, input);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(FamilyMemberInput.Role), FamilyMemberInputValidator.MissingRole), (error.Field, error.Message));
        Assert.Contains("relationship to the victim", error.Message);
        Assert.Equal(("Friend F", "Welsh"), (input.Pseudonym, input.Language));
        Assert.Equal((0, 0, 0), await s.CountsAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Real_names_and_contact_details_reach_only_coordinators_and_the_chair(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.AddSisterAsync();

        foreach (var reader in new[] { s.Coordinator, s.Chair })
        {
            s.Db.SignInAs(reader);
            var details = Assert.Single((await s.Family.GetAsync(s.ReviewId))!.Members).Details;
            Assert.Equal((FamilySeed.SisterRealName, "01632 960000"), (details.RealName, details.ContactDetails));
        }

        // The author reads the victim's real name (R4) but writes from the log, which names the family by relationship and pseudonym.
        foreach (var reader in new[] { s.Author, s.Member, s.Manager })
        {
            s.Db.SignInAs(reader);
            var view = (await s.Family.GetAsync(s.ReviewId))!;
            var member = Assert.Single(view.Members);
            Assert.Equal(("Sibling: Sister S", null, null), (member.Name, member.Details.RealName, member.Details.ContactDetails));
            Assert.Equal([SensitiveFact.FamilyIdentity], view.Restricted);
            Assert.False(view.CanManage);
        }
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_chair_saving_keeps_the_real_name_and_a_panel_member_may_not_change_the_family(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var sister = await s.AddSisterAsync();

        s.Db.SignInAs(s.Member);
        var refused = await s.Family.UpdateMemberAsync(s.ReviewId, sister, new FamilyMemberInput { Role = NetworkRole.Sibling, Pseudonym = "Sister X" });
        Assert.Equal(Refusals.NotPermitted, Assert.Single(refused.Errors).Message);

        s.Db.SignInAs(s.Chair);
        var input = Assert.Single((await s.Family.GetAsync(s.ReviewId))!.Members).Details;
        input.Consent = ContactConsent.Declined;
        CaseFile.Ok(await s.Family.UpdateMemberAsync(s.ReviewId, sister, input));

        await using var c = s.Db.NewContext();
        var stored = await c.Set<FamilyMember>().SingleAsync();
        Assert.Equal(("Sister S", FamilySeed.SisterRealName, ContactConsent.Declined), (stored.Pseudonym, stored.RealName, stored.Consent));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_log_records_steps_done_and_declined_with_timeline_lines_that_name_nobody(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var sister = await s.AddSisterAsync();
        CaseFile.Ok(await s.Log.RecordAsync(s.ReviewId, new InvolvementInput
        {
            Step = InvolvementStep.Meeting,
            On = new DateOnly(2026, 11, 12),
            FamilyMemberId = sister,
            Method = ContactRoute.InPerson,
            Notes = "Agreed to read the draft at home.",
        }));
        CaseFile.Ok(await s.Log.RecordAsync(s.ReviewId, new InvolvementInput
        { Step = InvolvementStep.MetPanel, On = new DateOnly(2026, 11, 20), FamilyMemberId = sister, Declined = true }));

        var view = (await s.Family.GetAsync(s.ReviewId))!;
        Assert.Equal(new InvolvementStepStatus("Family contacted", InvolvementState.Done, new DateOnly(2026, 11, 12)), view.Steps[0]);
        Assert.Equal(new InvolvementStepStatus("Met the panel", InvolvementState.Declined, new DateOnly(2026, 11, 20)),
            view.Steps.Single(x => x.Step == "Met the panel"));
        Assert.Equal(InvolvementState.NotYet, view.Steps.Single(x => x.Step == "Told before publication").State);
        Assert.Equal(["Sibling: Sister S", "Sibling: Sister S"], view.Log.Select(l => l.Who));

        await using var c = s.Db.NewContext();
        var lines = await c.ReviewEvents.Where(e => e.Kind == ReviewEventKind.Family).Select(e => e.Note!).ToListAsync();
        Assert.Equal(["Family involvement recorded: meeting", "Family involvement recorded: met the panel (declined)", "Family or network member added"],
            lines.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Sister") || l.Contains(FamilySeed.SisterRealName) || l.Contains("draft at home"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_entry_without_who_or_dated_after_today_is_refused_and_a_person_in_the_log_cannot_be_removed(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var sister = await s.AddSisterAsync();

        var noWho = await s.Log.RecordAsync(s.ReviewId, new InvolvementInput { Step = InvolvementStep.Contact, On = new DateOnly(2026, 11, 20) });
        Assert.Equal((nameof(InvolvementInput.FamilyMemberId), InvolvementInputValidator.MissingWho), (noWho.Errors[0].Field, noWho.Errors[0].Message));
        var future = await s.Log.RecordAsync(s.ReviewId, new InvolvementInput { Step = InvolvementStep.Contact, On = new DateOnly(2026, 12, 1), FamilyMemberId = sister });
        Assert.Equal(nameof(InvolvementInput.On), Assert.Single(future.Errors).Field);
        var stranger = await s.Log.RecordAsync(s.ReviewId, new InvolvementInput { Step = InvolvementStep.Contact, On = new DateOnly(2026, 11, 20), FamilyMemberId = Guid.NewGuid() });
        Assert.Equal(nameof(InvolvementInput.FamilyMemberId), Assert.Single(stranger.Errors).Field);
        Assert.Equal((1, 0, 1), await s.CountsAsync());

        var entry = CaseFile.Ok(await s.Log.RecordAsync(s.ReviewId, new InvolvementInput { Step = InvolvementStep.Contact, On = new DateOnly(2026, 11, 20), FamilyMemberId = sister }));
        var member = Assert.Single((await s.Family.GetAsync(s.ReviewId))!.Members);
        var removal = await s.Family.RemoveMemberAsync(s.ReviewId, sister, member.Version);
        Assert.Contains("Remove those entries first", Assert.Single(removal.Errors).Message);

        var logged = Assert.Single((await s.Family.GetAsync(s.ReviewId))!.Log);
        CaseFile.Ok(await s.Log.RemoveAsync(s.ReviewId, entry, logged.Version));
        CaseFile.Ok(await s.Family.RemoveMemberAsync(s.ReviewId, sister, member.Version));
        Assert.Equal((0, 0, 4), await s.CountsAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_dashboard_lists_reviews_whose_family_is_not_contacted_offered_advocacy_or_told_before_publication(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.HoldAsync(ReviewStage.AwaitingPublication);
        s.Db.SignInAs(s.Coordinator);
        Assert.Equal([FamilyGaps.NotContacted, FamilyGaps.AdvocacyNotOffered, FamilyGaps.NotToldOfPublication],
            (await s.Db.Get<DashboardService>().GetAsync()).FamilyGaps.Select(g => g.Gap));

        var sister = await s.AddSisterAsync();
        var input = Assert.Single((await s.Family.GetAsync(s.ReviewId))!.Members).Details;
        (input.AdvocacyOfferedOn, input.AdvocacyOrganisation) = (new DateOnly(2026, 11, 3), "AAFDA");
        CaseFile.Ok(await s.Family.UpdateMemberAsync(s.ReviewId, sister, input));
        CaseFile.Ok(await s.Log.RecordAsync(s.ReviewId, new InvolvementInput { Step = InvolvementStep.Contact, On = new DateOnly(2026, 11, 3), FamilyMemberId = sister }));
        Assert.Equal([FamilyGaps.NotToldOfPublication], (await s.Db.Get<DashboardService>().GetAsync()).FamilyGaps.Select(g => g.Gap));

        CaseFile.Ok(await s.Log.RecordAsync(s.ReviewId, new InvolvementInput { Step = InvolvementStep.ToldBeforePublication, On = new DateOnly(2026, 11, 25), FamilyMemberId = sister }));
        var dashboard = await s.Db.Get<DashboardService>().GetAsync();
        Assert.Empty(dashboard.FamilyGaps);
        Assert.Equal(InvolvementState.Done, (await s.Family.GetAsync(s.ReviewId))!.Steps[^1].State);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Reading_the_family_is_audited_and_an_outsider_gets_nothing(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.AddSisterAsync();
        var outsider = await s.Db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        s.Db.SignInAs(outsider);
        Assert.Null(await s.Family.GetAsync(s.ReviewId));
        await Assert.ThrowsAsync<NotFoundException>(() => s.Log.RecordAsync(s.ReviewId, new InvolvementInput()));

        await using var c = s.Db.NewContext();
        Assert.Equal(2, await c.AuditEntries.CountAsync(a => a.UserId == outsider && a.Outcome == AuditOutcome.Denied));
    }
}
