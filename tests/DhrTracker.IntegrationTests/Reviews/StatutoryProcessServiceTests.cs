using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Reviews;

/// <summary>Issue 13 through the service on a real database: reopened decisions, the direction, sign-off and copies, DARDRs, non-publication.</summary>
public sealed class StatutoryProcessServiceTests
{
    private static readonly DateOnly Death = new(2026, 2, 20);
    private static readonly DateOnly Notified = new(2026, 3, 2);

    private sealed record Setup(TestDatabase Db, Guid ReviewId) : IAsyncDisposable
    {
        public ReviewLifecycleService Lifecycle => Db.Get<ReviewLifecycleService>();

        public async Task<Review> LoadAsync()
        {
            await using var context = Db.NewContext();
            return await context.Reviews.AsNoTracking().SingleAsync(r => r.Id == ReviewId);
        }

        public async Task<Result<ReviewStage>> MoveAsync(StageMoveInput input)
        {
            input.Version = (await LoadAsync()).Version;
            return await Lifecycle.MoveAsync(ReviewId, input);
        }

        public async Task MoveThroughAsync(int moves)
        {
            foreach (var move in ReviewLifecycleServiceTests.WholeLifecycle().Take(moves))
            {
                var result = await MoveAsync(move);
                Assert.True(result.Succeeded, $"{move.Move}: {string.Join("; ", result.Errors)}");
            }
        }

        public async Task<ReviewRecordInput> RecordAsync()
        {
            await using var context = Db.NewContext();
            return ReviewRecordInput.From(await context.Reviews.AsNoTracking().Include(r => r.Partnership).SingleAsync(r => r.Id == ReviewId));
        }

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    private static async Task<Setup> ReviewAsync(DatabaseProvider provider, DateOnly? commencement = null,
        NotificationSource source = NotificationSource.Agency, DateOnly? death = null)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var partnershipId = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        await using (var context = db.NewContext())
        {
            var partnership = await context.Partnerships.SingleAsync(p => p.Id == partnershipId);
            partnership.Section19CommencementDate = commencement;
            await context.SaveChangesAsync();
        }

        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership A"));
        var created = await db.Get<ReviewService>().CreateAsync(new NewReviewInput
        {
            Reference = "A DHR1",
            DateOfDeath = death ?? Death,
            DateNotified = Notified,
            NotifyingAgency = "Police",
            NotificationSource = source,
        });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        await CaseFile.SeatChairAsync(db, created.Value, "Partnership A");
        return new Setup(db, created.Value);
    }

    private static StageMoveInput Decide(ReviewDecision decision) => new()
    {
        Move = ReviewMove.RecordDecision,
        Decision = decision,
        DecisionDate = new DateOnly(2026, 3, 20),
        DecisionRationale = "Considered against the statutory criteria.",
        HomeOfficeNotifiedDate = new DateOnly(2026, 3, 21),
    };

    private static StageMoveInput Reconsider(DateOnly? on, string? reason) => new()
    {
        Move = ReviewMove.ReconsiderDecision,
        ReconsideredOn = on,
        ReconsiderationReason = reason,
    };

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_decision_not_to_hold_is_reconsidered_its_clock_restarts_and_the_review_is_then_held(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        Assert.Equal(ReviewStage.NotProceeding, (await s.MoveAsync(Decide(ReviewDecision.NotHold))).Value);
        Assert.Null((await s.LoadAsync()).ActiveDueDate);

        var reopened = await s.MoveAsync(Reconsider(new DateOnly(2026, 6, 15), "The inquest found a history of coercive control."));

        Assert.Equal(ReviewStage.Scoping, reopened.Value);
        var review = await s.LoadAsync();
        Assert.Equal((ReviewDecision.Pending, (DateOnly?)null, (string?)null), (review.Decision, review.DecisionDate, review.DecisionRationale));
        Assert.Equal(new DateOnly(2026, 6, 15), review.ReconsideredOn);
        Assert.Equal(new DateOnly(2026, 7, 15), review.ActiveDueDate);
        var details = await s.Db.Get<ReviewService>().GetAsync(s.ReviewId);
        Assert.Equal(new DateOnly(2026, 7, 15), details!.Clock.DecisionDue);

        await using (var context = s.Db.NewContext())
        {
            var line = await context.ReviewEvents.Where(e => e.ReviewId == s.ReviewId && e.Move == ReviewMove.ReconsiderDecision).SingleAsync();
            Assert.Equal((ReviewStage.NotProceeding, ReviewStage.Scoping, new DateOnly(2026, 6, 15)), (line.FromStage!.Value, line.ToStage!.Value, line.EffectiveDate!.Value));
            Assert.Contains("Earlier decision: do not hold a review (20 Mar 2026; Home Office told 21 Mar 2026)", line.Note);
            Assert.Contains("The inquest found a history of coercive control.", line.Note);
            Assert.Contains(await context.AuditEntries.Where(a => a.EntityId == s.ReviewId.ToString() && a.Action == AuditActions.Move).ToListAsync(),
                a => a.Detail!.StartsWith("ReconsiderDecision: NotProceeding -> Scoping"));
        }

        var held = Decide(ReviewDecision.Hold);
        held.DecisionDate = new DateOnly(2026, 7, 1);
        held.HomeOfficeNotifiedDate = new DateOnly(2026, 7, 2);
        Assert.Equal(ReviewStage.Commissioning, (await s.MoveAsync(held)).Value);
        Assert.Equal(new DateOnly(2027, 1, 1), (await s.LoadAsync()).ActiveDueDate);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Reconsidering_without_a_reason_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.MoveAsync(Decide(ReviewDecision.NotHold));
        var before = await s.LoadAsync();

        var result = await s.MoveAsync(Reconsider(new DateOnly(2026, 6, 15), "  "));

        Assert.Equal(nameof(StageMoveInput.ReconsiderationReason), Assert.Single(result.Errors).Field);
        var after = await s.LoadAsync();
        Assert.Equal((ReviewStage.NotProceeding, before.Version, ReviewDecision.NotHold), (after.Stage, after.Version, after.Decision));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Reconsidering_in_the_future_or_before_the_decision_is_refused(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.MoveAsync(Decide(ReviewDecision.NotHold));

        var future = await s.MoveAsync(Reconsider(new DateOnly(2026, 11, 27), "Home Office challenge."));
        var early = await s.MoveAsync(Reconsider(new DateOnly(2026, 3, 19), "Home Office challenge."));

        Assert.Equal((nameof(StageMoveInput.ReconsideredOn), "Date the decision was reopened must be today or in the past."),
            (Assert.Single(future.Errors).Field, future.Errors[0].Message));
        Assert.Equal("The date the decision was reopened must be on or after the decision not to hold (20 Mar 2026).", Assert.Single(early.Errors).Message);
        Assert.Equal(ReviewStage.NotProceeding, (await s.LoadAsync()).Stage);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_review_directed_by_the_Secretary_of_State_cannot_be_recorded_as_not_held(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider, source: NotificationSource.SecretaryOfStateDirection);

        var refused = await s.MoveAsync(Decide(ReviewDecision.NotHold));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(StageMoveInput.Decision), "The Secretary of State directed this review (DVCVA 2004 s.9(2)): it must be held."), (error.Field, error.Message));
        Assert.Equal(ReviewStage.Notified, (await s.LoadAsync()).Stage);
        Assert.Equal(ReviewStage.Commissioning, (await s.MoveAsync(Decide(ReviewDecision.Hold))).Value);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Submitting_for_QA_without_an_approving_body_is_refused(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.MoveThroughAsync(6);
        var submit = ReviewLifecycleServiceTests.WholeLifecycle().ElementAt(6);
        submit.LocalSignOffBody = null;

        var result = await s.MoveAsync(submit);

        Assert.Equal((nameof(StageMoveInput.LocalSignOffBody), "Enter the body that signed the report off, for example the CSP board."),
            (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        Assert.Equal(ReviewStage.LocalSignOff, (await s.LoadAsync()).Stage);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_Commissioner_copy_dated_before_the_report_was_completed_is_refused_and_one_after_sign_off_is_kept(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.MoveThroughAsync(6);
        var submit = ReviewLifecycleServiceTests.WholeLifecycle().ElementAt(6);
        submit.CommissionerCopyDate = new DateOnly(2026, 8, 24);

        var early = await s.MoveAsync(submit);

        Assert.Equal((nameof(StageMoveInput.CommissionerCopyDate), "Date sent to the Domestic Abuse Commissioner cannot be before the report was completed (local sign-off on 25 Aug 2026)."),
            (Assert.Single(early.Errors).Field, early.Errors[0].Message));
        Assert.Equal(ReviewStage.LocalSignOff, (await s.LoadAsync()).Stage);

        submit.CommissionerCopyDate = new DateOnly(2026, 8, 26);
        Assert.True((await s.MoveAsync(submit)).Succeeded);
        var review = await s.LoadAsync();
        Assert.Equal((new DateOnly(2026, 8, 26), new DateOnly(2026, 8, 25), "Partnership A board", "Board chair"),
            (review.CommissionerCopyDate!.Value, review.LocalSignOffDate!.Value, review.LocalSignOffBody, review.LocalSignOffApprover));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Editing_the_record_refuses_a_Commissioner_copy_before_completion_and_keeps_nothing(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.MoveThroughAsync(7);
        var input = await s.RecordAsync();
        input.CommissionerCopyDate = new DateOnly(2026, 8, 1);

        var result = await s.Lifecycle.UpdateAsync(s.ReviewId, input);

        Assert.Equal(nameof(ReviewRecordInput.CommissionerCopyDate), Assert.Single(result.Errors).Field);
        Assert.Null((await s.LoadAsync()).CommissionerCopyDate);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_review_that_passed_QA_before_sign_off_was_recorded_can_still_be_edited_but_a_recorded_body_cannot_be_cleared(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.MoveThroughAsync(7);
        await using (var context = s.Db.NewContext())
        {
            // As a review that reached QA before issue 13 stands: no sign-off facts.
            var stored = await context.Reviews.SingleAsync(r => r.Id == s.ReviewId);
            (stored.LocalSignOffDate, stored.LocalSignOffBody, stored.LocalSignOffApprover) = (null, null, null);
            await context.SaveChangesAsync();
        }

        var legacy = await s.RecordAsync();
        legacy.HomeOfficeReference = "HO/2026/B";
        Assert.True((await s.Lifecycle.UpdateAsync(s.ReviewId, legacy)).Succeeded);

        var recorded = await s.RecordAsync();
        (recorded.LocalSignOffDate, recorded.LocalSignOffBody, recorded.LocalSignOffApprover) = (new DateOnly(2026, 8, 25), "Board", "Chair");
        Assert.True((await s.Lifecycle.UpdateAsync(s.ReviewId, recorded)).Succeeded);

        var cleared = await s.RecordAsync();
        (cleared.LocalSignOffDate, cleared.LocalSignOffBody, cleared.LocalSignOffApprover) = (null, null, null);
        var result = await s.Lifecycle.UpdateAsync(s.ReviewId, cleared);
        Assert.Contains(result.Errors, e => e.Field == nameof(ReviewRecordInput.LocalSignOffDate));
        Assert.Equal("Board", (await s.LoadAsync()).LocalSignOffBody);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Agreeing_not_to_publish_ends_the_publication_step_and_the_review_can_close(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.MoveThroughAsync(8);
        var missing = await s.MoveAsync(new StageMoveInput { Move = ReviewMove.AgreeNonPublication, NonPublicationAgreedOn = new DateOnly(2026, 10, 5) });
        Assert.Equal(nameof(StageMoveInput.NonPublicationReason), Assert.Single(missing.Errors).Field);

        var agreed = await s.MoveAsync(new StageMoveInput
        {
            Move = ReviewMove.AgreeNonPublication,
            NonPublicationAgreedOn = new DateOnly(2026, 10, 5),
            NonPublicationReason = "Publication would identify the children.",
        });
        Assert.Equal(ReviewStage.ActionPlanMonitoring, agreed.Value);

        var close = ReviewLifecycleServiceTests.WholeLifecycle().Last();
        Assert.Equal(ReviewStage.Closed, (await s.MoveAsync(close)).Value);
        var review = await s.LoadAsync();
        Assert.Equal((new DateOnly(2026, 10, 5), (DateOnly?)null), (review.NonPublicationAgreedOn!.Value, review.PublicationDate));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Publication_is_refused_while_an_area_for_final_development_is_open_and_names_it(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.MoveThroughAsync(8);
        var area = new QaDevelopmentArea { Id = Guid.NewGuid(), ReviewId = s.ReviewId, Number = 2, Text = "Say how the family took part.", RaisedOn = new DateOnly(2026, 9, 1) };
        await using (var context = s.Db.NewContext())
        {
            context.Add(area);
            await context.SaveChangesAsync();
        }

        var refused = await s.MoveAsync(ReviewLifecycleServiceTests.WholeLifecycle().ElementAt(8));
        Assert.Equal(ReviewStage.AwaitingPublication, (await s.LoadAsync()).Stage);
        await using (var context = s.Db.NewContext())
        {
            var stored = await context.Set<QaDevelopmentArea>().SingleAsync(a => a.Id == area.Id);
            stored.DoneOn = new DateOnly(2026, 9, 20);
            stored.HowAddressed = "A section on the family's part was added.";
            await context.SaveChangesAsync();
        }

        var published = await s.MoveAsync(ReviewLifecycleServiceTests.WholeLifecycle().ElementAt(8));

        Assert.Equal("Area for final development 2 from the QA letter is not yet done: mark each done, with how the report addressed it, before recording publication.",
            Assert.Single(refused.Errors).Message);
        Assert.True(published.Succeeded, string.Join("; ", published.Errors));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Publishing_records_the_address_what_was_published_and_when_the_family_was_told(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.MoveThroughAsync(8);
        var publish = ReviewLifecycleServiceTests.WholeLifecycle().ElementAt(8);
        publish.PublishedUrl = "example.gov.uk/dhr1";
        publish.FamilyToldOfPublicationOn = new DateOnly(2026, 10, 21);

        var badAddress = await s.MoveAsync(publish);
        publish.PublishedUrl = "https://www.example.gov.uk/dhr1";
        var toldAfter = await s.MoveAsync(publish);

        Assert.Equal(nameof(StageMoveInput.PublishedUrl), Assert.Single(badAddress.Errors).Field);
        Assert.Equal("Date the family was told must be on or before the publication date (20 Oct 2026): the family is told before publication.",
            Assert.Single(toldAfter.Errors, e => e.Field == nameof(StageMoveInput.FamilyToldOfPublicationOn)).Message);
        Assert.Equal(ReviewStage.AwaitingPublication, (await s.LoadAsync()).Stage);

        publish.FamilyToldOfPublicationOn = new DateOnly(2026, 10, 13);
        publish.PublishedQaLetter = true;
        Assert.True((await s.MoveAsync(publish)).Succeeded);
        var review = await s.LoadAsync();
        Assert.Equal(("https://www.example.gov.uk/dhr1", true, new DateOnly(2026, 10, 13)),
            (review.PublishedUrl, review.PublishedQaLetter, review.FamilyToldOfPublicationOn!.Value));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_DARDR_is_closed_only_with_the_Secretary_of_State_copy(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider, commencement: Death);
        await AddPeopleAsync(s, RelationshipKind.Partner, perpetratorAge: 30);
        await s.MoveThroughAsync(9);
        var close = ReviewLifecycleServiceTests.WholeLifecycle().Last();

        var refused = await s.MoveAsync(close);
        Assert.Equal(nameof(StageMoveInput.SecretaryOfStateCopyDate), Assert.Single(refused.Errors).Field);

        close.SecretaryOfStateCopyDate = new DateOnly(2026, 10, 21);
        Assert.Equal(ReviewStage.Closed, (await s.MoveAsync(close)).Value);
    }

    public static readonly TheoryData<DatabaseProvider, int, bool> Boundary = new()
    {
        { DatabaseProvider.Sqlite, -1, false }, { DatabaseProvider.Sqlite, 0, true },
        { DatabaseProvider.SqlServer, -1, false }, { DatabaseProvider.SqlServer, 0, true },
    };

    [Theory, MemberData(nameof(Boundary))]
    public async Task At_the_commencement_boundary_a_household_member_alone_is_out_of_scope_only_for_a_DARDR(DatabaseProvider provider,
        int deathRelativeToCommencement, bool refused)
    {
        await using var s = await ReviewAsync(provider, commencement: Death.AddDays(-deathRelativeToCommencement));
        await AddPeopleAsync(s, RelationshipKind.HouseholdMember, perpetratorAge: 30);

        var result = await s.MoveAsync(Decide(ReviewDecision.Hold));

        Assert.Equal(refused, !result.Succeeded);
        if (refused)
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(nameof(StageMoveInput.Decision), error.Field);
            Assert.StartsWith("Under the Domestic Abuse Act 2021 test a non-relative household member alone is out of scope", error.Message);
            Assert.Equal(ReviewStage.Notified, (await s.LoadAsync()).Stage);
        }

        var details = await s.Db.Get<ReviewService>().GetAsync(s.ReviewId);
        Assert.Equal(refused ? "DARDR" : "DHR", details!.TypeName.Abbreviation);
        Assert.Equal(refused ? ReviewRegime.Dardr : ReviewRegime.Dhr, details.Record.Regime);
        Assert.Equal(refused, details.ScopeTestFailures is { Count: 1 });
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_DARDR_with_a_partner_aged_16_or_over_passes_the_test_and_is_held(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider, commencement: Death);
        await AddPeopleAsync(s, RelationshipKind.ExPartner, perpetratorAge: 16);

        Assert.Empty((await s.Db.Get<ReviewService>().GetAsync(s.ReviewId))!.ScopeTestFailures!);
        Assert.Equal(ReviewStage.Commissioning, (await s.MoveAsync(Decide(ReviewDecision.Hold))).Value);
    }

    private static async Task AddPeopleAsync(Setup s, RelationshipKind kind, int? perpetratorAge)
    {
        await using var context = s.Db.NewContext();
        var victim = new Victim { Id = Guid.NewGuid(), ReviewId = s.ReviewId, Pseudonym = "Adult A", AgeAtDeath = 41 };
        var perpetrator = new Perpetrator { Id = Guid.NewGuid(), ReviewId = s.ReviewId, Pseudonym = "Adult B", Age = perpetratorAge };
        context.AddRange(victim, perpetrator);
        context.Relationships.Add(new Relationship { Id = Guid.NewGuid(), ReviewId = s.ReviewId, VictimId = victim.Id, PerpetratorId = perpetrator.Id, Kind = kind });
        await context.SaveChangesAsync();
    }
}
