using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Reviews;

public sealed class ReviewLifecycleServiceTests
{
    private static readonly DateOnly Notified = new(2026, 3, 2);

    private sealed record Setup(TestDatabase Db, string Coordinator, Guid ReviewId) : IAsyncDisposable
    {
        public ReviewLifecycleService Lifecycle => Db.Get<ReviewLifecycleService>();

        public async Task<Review> LoadAsync()
        {
            await using var context = Db.NewContext();
            return await context.Reviews.AsNoTracking().Include(r => r.Pauses).SingleAsync(r => r.Id == ReviewId);
        }

        public async Task<Result<ReviewStage>> MoveAsync(StageMoveInput input)
        {
            input.Version = (await LoadAsync()).Version;
            return await Lifecycle.MoveAsync(ReviewId, input);
        }

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    private static async Task<Setup> ReviewAsync(DatabaseProvider provider, bool seatChair = true)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync("Partnership A", "A DHR");
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        db.SignInAs(coordinator);
        var created = await db.Get<ReviewService>().CreateAsync(new NewReviewInput
        {
            Reference = "A DHR1",
            DateOfDeath = new DateOnly(2026, 2, 20),
            DateNotified = Notified,
            NotifyingAgency = "Police",
        });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        if (seatChair)
        {
            await CaseFile.SeatChairAsync(db, created.Value, "Partnership A");
        }

        return new Setup(db, coordinator, created.Value);
    }

    private static StageMoveInput Decide(ReviewDecision decision = ReviewDecision.Hold) => new()
    {
        Move = ReviewMove.RecordDecision,
        Decision = decision,
        DecisionDate = new DateOnly(2026, 3, 20),
        DecisionRationale = "Meets the statutory criteria.",
        HomeOfficeNotifiedDate = new DateOnly(2026, 3, 21),
    };

    /// <summary>Every move of an ordinary review, in order, with what each needs.</summary>
    internal static IEnumerable<StageMoveInput> WholeLifecycle()
    {
        yield return new() { Move = ReviewMove.StartScoping };
        yield return Decide();
        yield return new()
        {
            Move = ReviewMove.AgreeTermsOfReference,
            TermsOfReferenceDate = new DateOnly(2026, 4, 10),
            HomeOfficeNotifiedDate = new DateOnly(2026, 3, 21),
        };
        yield return new() { Move = ReviewMove.StartPanelAnalysis };
        yield return new() { Move = ReviewMove.StartDrafting };
        yield return new() { Move = ReviewMove.SendForLocalSignOff };
        yield return new()
        {
            Move = ReviewMove.SubmitToHomeOffice,
            QaSubmissionDate = new DateOnly(2026, 9, 1),
            LocalSignOffDate = new DateOnly(2026, 8, 25),
            LocalSignOffBody = "Partnership A board",
            LocalSignOffApprover = "Board chair",
        };
        yield return new() { Move = ReviewMove.RecordQaOutcome, QaOutcome = QaOutcome.Publish, QaOutcomeDate = new DateOnly(2026, 10, 1) };
        yield return new()
        {
            Move = ReviewMove.Publish,
            PublicationDate = new DateOnly(2026, 10, 20),
            PublicationType = PublicationType.Full,
            FamilyToldOfPublicationOn = new DateOnly(2026, 10, 13),
        };
        yield return new() { Move = ReviewMove.Close, ClosedDate = new DateOnly(2026, 11, 20), CommissionerCopyDate = new DateOnly(2026, 10, 20), Note = "All actions signed off." };
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Terms_of_reference_wait_for_a_chair_on_the_panel_and_the_summary_says_what_the_panel_says(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider, seatChair: false);
        foreach (var move in WholeLifecycle().Take(2))
        {
            Assert.True((await s.MoveAsync(move)).Succeeded);
        }

        // As an installed database holds a review from before ADR 0385: a chair's name typed into the record.
        await using (var context = s.Db.NewContext())
        {
            (await context.Reviews.SingleAsync(r => r.Id == s.ReviewId)).IndependentChair = "Typed Chair";
            await context.SaveChangesAsync();
        }

        var before = await s.LoadAsync();
        var refused = await s.MoveAsync(WholeLifecycle().ElementAt(2));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("Chair", "Seat the independent chair on the panel first (the Agencies & panel tab): terms of reference are agreed once a chair is appointed."),
            (error.Field, error.Message));
        var unmoved = await s.LoadAsync();
        Assert.Equal((ReviewStage.Commissioning, before.Version), (unmoved.Stage, unmoved.Version));
        var leads = (await s.Db.Get<ReviewService>().GetAsync(s.ReviewId))!.Leads;
        Assert.Equal(("No chair sits on the panel (the record named Typed Chair before the panel held the chair)", "Not appointed"),
            (leads.ChairText, leads.AuthorText));

        var admin = s.Db.Get<UserAdmin>();
        var chair = await admin.CreateAsync("chair@example.org", Roles.PanelMember, "Partnership A", "a long test passphrase 1", "Seated Chair");
        await CaseFile.SeatAsync(s.Db, s.ReviewId, chair.Value!.UserId, PanelRole.Chair);
        Assert.True((await s.MoveAsync(WholeLifecycle().ElementAt(2))).Succeeded);
        leads = (await s.Db.Get<ReviewService>().GetAsync(s.ReviewId))!.Leads;
        Assert.Equal(("Seated Chair", "Seated Chair (the chair)"), (leads.ChairText, leads.AuthorText));

        var author = await admin.CreateAsync("author@example.org", Roles.PanelMember, "Partnership A", "a long test passphrase 1", "Seated Author");
        await CaseFile.SeatAsync(s.Db, s.ReviewId, author.Value!.UserId, PanelRole.Author);
        leads = (await s.Db.Get<ReviewService>().GetAsync(s.ReviewId))!.Leads;
        Assert.Equal(("Seated Chair", "Seated Author"), (leads.ChairText, leads.AuthorText));
        Assert.Equal("Typed Chair", (await s.LoadAsync()).IndependentChair);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_review_moves_through_every_stage_with_a_timeline_line_and_an_audit_row_per_move(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        foreach (var move in WholeLifecycle())
        {
            var result = await s.MoveAsync(move);
            Assert.True(result.Succeeded, $"{move.Move}: {string.Join("; ", result.Errors)}");
        }

        var review = await s.LoadAsync();
        Assert.Equal(ReviewStage.Closed, review.Stage);
        Assert.Null(review.ActiveDueDate);
        await using var context = s.Db.NewContext();
        var moves = await context.ReviewEvents.Where(e => e.ReviewId == s.ReviewId && e.Kind == ReviewEventKind.Moved).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
        [
            ReviewStage.Scoping, ReviewStage.Commissioning, ReviewStage.InformationGathering, ReviewStage.PanelAnalysis, ReviewStage.Drafting,
            ReviewStage.LocalSignOff, ReviewStage.HomeOfficeQa, ReviewStage.AwaitingPublication, ReviewStage.ActionPlanMonitoring, ReviewStage.Closed,
        ], moves.Select(e => e.ToStage!.Value));
        Assert.All(moves, e => Assert.Equal((s.Coordinator, TestDatabase.Now.UtcDateTime), (e.UserId, e.AtUtc)));
        Assert.Equal("All actions signed off.", moves[^1].Note);
        Assert.Equal(new DateOnly(2026, 3, 20), moves[1].EffectiveDate);

        var audit = await context.AuditEntries.Where(a => a.EntityId == s.ReviewId.ToString() && a.Action == AuditActions.Move).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(10, audit.Count);
        Assert.All(audit, a => Assert.Equal((s.Coordinator, AuditOutcome.Succeeded), (a.UserId, a.Outcome)));
        Assert.Contains("DecisionRationale", audit[1].Detail);
        Assert.DoesNotContain("Meets the statutory criteria", audit[1].Detail);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_decision_without_a_rationale_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var before = await s.LoadAsync();
        var input = Decide();
        input.DecisionRationale = "";

        var result = await s.MoveAsync(input);

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(StageMoveInput.DecisionRationale), "Enter the rationale for the decision."), (error.Field, error.Message));
        await AssertUnchangedAsync(s, before);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_decision_dated_before_the_notification_is_refused_naming_the_field(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var before = await s.LoadAsync();
        var input = Decide();
        input.DecisionDate = new DateOnly(2026, 3, 1);

        var result = await s.MoveAsync(input);

        var error = Assert.Single(result.Errors, e => e.Field == nameof(StageMoveInput.DecisionDate));
        Assert.Equal("Decision date must be on or after the date notified (2 Mar 2026).", error.Message);
        await AssertUnchangedAsync(s, before);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Not_holding_a_review_ends_it_and_only_reconsidering_is_allowed(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var withoutHomeOffice = Decide(ReviewDecision.NotHold);
        withoutHomeOffice.HomeOfficeNotifiedDate = null;
        Assert.Equal(nameof(StageMoveInput.HomeOfficeNotifiedDate), Assert.Single((await s.MoveAsync(withoutHomeOffice)).Errors).Field);

        Assert.Equal(ReviewStage.NotProceeding, (await s.MoveAsync(Decide(ReviewDecision.NotHold))).Value);

        var again = await s.MoveAsync(new StageMoveInput { Move = ReviewMove.StepBack, Note = "Mistake" });
        Assert.Equal("'Step back a stage' cannot be done at stage 'Not proceeding'. From here you can: Reconsider decision.", Assert.Single(again.Errors).Message);
        Assert.Equal(ReviewStage.NotProceeding, (await s.LoadAsync()).Stage);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_closed_review_cannot_be_moved_or_paused(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        foreach (var move in WholeLifecycle())
        {
            await s.MoveAsync(move);
        }

        var step = await s.MoveAsync(new StageMoveInput { Move = ReviewMove.StepBack, Note = "Reopen" });
        Assert.Equal("This review is closed: no further moves can be made.", Assert.Single(step.Errors).Message);
        var pause = await s.Lifecycle.PauseAsync(s.ReviewId, new PauseReviewInput
        {
            Version = (await s.LoadAsync()).Version,
            Reason = PauseReason.Inquest,
            StartDate = new DateOnly(2026, 11, 25),
        });
        Assert.Equal("This review is closed: it cannot be paused.", Assert.Single(pause.Errors).Message);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task QA_resubmit_sends_the_review_back_to_drafting_and_restarts_the_report_clock(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        foreach (var move in WholeLifecycle().Take(7))
        {
            Assert.True((await s.MoveAsync(move)).Succeeded);
        }

        Assert.Null((await s.LoadAsync()).ActiveDueDate);
        var result = await s.MoveAsync(new StageMoveInput { Move = ReviewMove.RecordQaOutcome, QaOutcome = QaOutcome.Resubmit, QaOutcomeDate = new DateOnly(2026, 10, 1) });

        Assert.Equal(ReviewStage.Drafting, result.Value);
        Assert.Equal(new DateOnly(2026, 9, 20), (await s.LoadAsync()).ActiveDueDate);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_manager_may_read_but_not_move_and_the_denial_is_audited(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var before = await s.LoadAsync();
        s.Db.SignInAs(await s.Db.CreateUserAsync(Roles.Manager, "Partnership A"));

        var result = await s.MoveAsync(new StageMoveInput { Move = ReviewMove.StartScoping });

        Assert.False(result.Succeeded);
        await using var context = s.Db.NewContext();
        Assert.Equal(AuditOutcome.Denied, (await context.AuditEntries.SingleAsync(a => a.Action == AuditActions.Move)).Outcome);
        Assert.Equal(before.Stage, (await s.LoadAsync()).Stage);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_partnerships_review_is_not_found_for_every_change(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        await s.Db.CreatePartnershipAsync("Partnership B", "B DHR");
        s.Db.SignInAs(await s.Db.CreateUserAsync(Roles.Coordinator, "Partnership B"));
        var version = (await s.LoadAsync()).Version;

        await Assert.ThrowsAsync<NotFoundException>(() => s.Lifecycle.MoveAsync(s.ReviewId, new StageMoveInput { Move = ReviewMove.StartScoping, Version = version }));
        await Assert.ThrowsAsync<NotFoundException>(() => s.Lifecycle.PauseAsync(s.ReviewId,
            new PauseReviewInput { Version = version, Reason = PauseReason.Inquest, StartDate = Notified }));
        await Assert.ThrowsAsync<NotFoundException>(() => s.Lifecycle.UpdateAsync(s.ReviewId, new ReviewRecordInput { Version = version }));
        Assert.Null(await s.Db.Get<ReviewService>().TimelineAsync(s.ReviewId));
        Assert.Equal(ReviewStage.Notified, (await s.LoadAsync()).Stage);
        await using var context = s.Db.NewContext();
        var denials = await context.AuditEntries.Where(a => a.EntityId == s.ReviewId.ToString() && a.Outcome == AuditOutcome.Denied)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        // The refused timeline read is audited too (R15).
        Assert.Equal([AuditActions.Move, AuditActions.Pause, AuditActions.Update, AuditActions.View], denials);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_move_made_on_a_stale_version_is_refused(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var stale = (await s.LoadAsync()).Version;
        Assert.True((await s.MoveAsync(new StageMoveInput { Move = ReviewMove.StartScoping })).Succeeded);

        var input = Decide();
        input.Version = stale;
        var result = await s.Lifecycle.MoveAsync(s.ReviewId, input);

        Assert.Equal(ReviewLifecycleService.ConflictMessage, Assert.Single(result.Errors).Message);
        Assert.Equal(ReviewStage.Scoping, (await s.LoadAsync()).Stage);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Pausing_stops_moves_until_resumed_and_both_appear_in_the_timeline(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var paused = await s.Lifecycle.PauseAsync(s.ReviewId, new PauseReviewInput
        {
            Version = (await s.LoadAsync()).Version,
            Reason = PauseReason.CriminalTrial,
            StartDate = new DateOnly(2026, 3, 10),
            Note = "Trial listed",
        });
        Assert.True(paused.Succeeded, string.Join("; ", paused.Errors));

        var blocked = await s.MoveAsync(new StageMoveInput { Move = ReviewMove.StartScoping });
        Assert.Equal("This review is paused (criminal trial). Resume it before moving it to another stage.", Assert.Single(blocked.Errors).Message);
        var twice = await s.Lifecycle.PauseAsync(s.ReviewId, new PauseReviewInput
        {
            Version = (await s.LoadAsync()).Version,
            Reason = PauseReason.Inquest,
            StartDate = new DateOnly(2026, 3, 11),
        });
        Assert.Equal("This review is already paused. Resume it before pausing it again.", Assert.Single(twice.Errors).Message);
        Assert.Equal(1, (await s.Db.Get<ReviewService>().ListAsync(new ReviewQuery(Paused: true), new PageRequest())).TotalCount);

        var early = await s.Lifecycle.ResumeAsync(s.ReviewId, new ResumeReviewInput { Version = (await s.LoadAsync()).Version, EndDate = new DateOnly(2026, 3, 9) });
        Assert.Equal(nameof(ResumeReviewInput.EndDate), Assert.Single(early.Errors).Field);
        Assert.True((await s.Lifecycle.ResumeAsync(s.ReviewId, new ResumeReviewInput { Version = (await s.LoadAsync()).Version, EndDate = new DateOnly(2026, 4, 9) })).Succeeded);
        Assert.True((await s.MoveAsync(new StageMoveInput { Move = ReviewMove.StartScoping })).Succeeded);

        var timeline = await s.Db.Get<ReviewService>().TimelineAsync(s.ReviewId) ?? [];
        Assert.Equal([ReviewEventKind.Moved, ReviewEventKind.Resumed, ReviewEventKind.Paused, ReviewEventKind.Created], timeline.Select(e => e.Kind));
        Assert.Equal((PauseReason.CriminalTrial, "Trial listed"), (timeline[2].PauseReason, timeline[2].Note));
        var details = await s.Db.Get<ReviewService>().GetAsync(s.ReviewId);
        Assert.Equal(30, details!.Clock.PausedDays);
        await using var context = s.Db.NewContext();
        Assert.Equal(2, await context.AuditEntries.CountAsync(a => a.Action == AuditActions.Pause || a.Action == AuditActions.Resume));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_pause_cannot_start_before_the_notification(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var result = await s.Lifecycle.PauseAsync(s.ReviewId, new PauseReviewInput
        {
            Version = (await s.LoadAsync()).Version,
            Reason = PauseReason.FamilyRequest,
            StartDate = new DateOnly(2026, 3, 1),
        });
        Assert.Equal((nameof(PauseReviewInput.StartDate), "Pause start date must be on or after the date notified (2 Mar 2026)."),
            (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        Assert.Empty((await s.LoadAsync()).Pauses);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Editing_with_a_future_date_of_death_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var before = await s.LoadAsync();
        var input = ReviewRecordInput.From(before);
        input.DateOfDeath = new DateOnly(2026, 11, 27);
        input.NotifyingAgency = "Ambulance";

        var result = await s.Lifecycle.UpdateAsync(s.ReviewId, input);

        Assert.Contains(result.Errors, e => e.Field == nameof(ReviewRecordInput.DateOfDeath) && e.Message == "Date of death must be today or in the past.");
        Assert.Equal("Police", (await s.LoadAsync()).NotifyingAgency);
        await AssertUnchangedAsync(s, before);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_edit_is_saved_audited_by_field_name_and_re_dates_the_clock(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var input = ReviewRecordInput.From(await s.LoadAsync());
        input.DateNotified = new DateOnly(2026, 3, 31);
        input.HomeOfficeReference = "HO/2026/B";

        var result = await s.Lifecycle.UpdateAsync(s.ReviewId, input);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var review = await s.LoadAsync();
        Assert.Equal((new DateOnly(2026, 4, 30), result.Value), (review.ActiveDueDate!.Value, review.Version));
        await using var context = s.Db.NewContext();
        var row = await context.AuditEntries.SingleAsync(a => a.Action == AuditActions.Update);
        Assert.Equal(["ActiveDueDate", "DateNotified", "HomeOfficeReference"], row.Detail!.Split(", ").Order());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_edit_cannot_clear_what_a_passed_stage_needed(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        foreach (var move in WholeLifecycle().Take(3))
        {
            await s.MoveAsync(move);
        }

        var input = ReviewRecordInput.From(await s.LoadAsync());
        input.TermsOfReferenceDate = null;
        var result = await s.Lifecycle.UpdateAsync(s.ReviewId, input);

        Assert.Equal(nameof(ReviewRecordInput.TermsOfReferenceDate), Assert.Single(result.Errors).Field);
        Assert.Equal(new DateOnly(2026, 4, 10), (await s.LoadAsync()).TermsOfReferenceDate);
    }

    /// <summary>
    /// Someone records the decision while this user edits the details. Their save must be refused as a conflict, which
    /// the form merges, and not for the decision's date and rationale the other person already gave (found by a test of
    /// restored drafts: the version was checked after the rules that need those facts).
    /// </summary>
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Details_saved_over_a_decision_recorded_meanwhile_are_a_conflict_not_a_demand_for_its_facts(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        Assert.True((await s.MoveAsync(new StageMoveInput { Move = ReviewMove.StartScoping })).Succeeded);
        var opened = (await s.Db.Get<ReviewService>().GetAsync(s.ReviewId))!.Record;
        Assert.True((await s.MoveAsync(Decide())).Succeeded);

        opened.HomeOfficeReference = "HO-SYNTHETIC-7";
        var result = await s.Lifecycle.UpdateAsync(s.ReviewId, opened);

        Assert.Equal(ReviewLifecycleService.ConflictMessage, Assert.Single(result.Errors).Message);
        var stored = await s.LoadAsync();
        Assert.Equal((ReviewDecision.Hold, (string?)null), (stored.Decision, stored.HomeOfficeReference));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Parallel_proceedings_are_added_changed_and_removed_with_audit(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var input = new ProceedingInput
        {
            Version = (await s.LoadAsync()).Version,
            Type = ProceedingType.Inquest,
            Status = ProceedingStatus.InProgress,
            StartDate = new DateOnly(2026, 4, 1),
            NextKeyDate = new DateOnly(2027, 1, 15),
        };
        var added = await s.Lifecycle.SaveProceedingAsync(s.ReviewId, input);
        Assert.True(added.Succeeded, string.Join("; ", added.Errors));

        var stale = await s.Lifecycle.SaveProceedingAsync(s.ReviewId, input);
        Assert.Equal(ReviewLifecycleService.ConflictMessage, Assert.Single(stale.Errors).Message);

        var details = await s.Db.Get<ReviewService>().GetAsync(s.ReviewId);
        var saved = Assert.Single(details!.Proceedings);
        var concluded = new ProceedingInput
        {
            Id = saved.Id,
            Version = details.Version,
            Type = ProceedingType.Inquest,
            Status = ProceedingStatus.Concluded,
            StartDate = saved.StartDate,
        };
        Assert.Equal(nameof(ProceedingInput.ConcludedDate), Assert.Single((await s.Lifecycle.SaveProceedingAsync(s.ReviewId, concluded)).Errors).Field);
        concluded.ConcludedDate = new DateOnly(2026, 11, 2);
        var changed = await s.Lifecycle.SaveProceedingAsync(s.ReviewId, concluded);
        Assert.True(changed.Succeeded);

        var removed = await s.Lifecycle.RemoveProceedingAsync(s.ReviewId, saved.Id, changed.Value);
        Assert.True(removed.Succeeded);
        await using var context = s.Db.NewContext();
        Assert.Equal(0, await context.ParallelProceedings.CountAsync());
        Assert.Equal([AuditActions.Create, AuditActions.Update, AuditActions.Delete],
            await context.AuditEntries.Where(a => a.EntityType == nameof(ParallelProceeding)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    private static async Task AssertUnchangedAsync(Setup s, Review before)
    {
        var after = await s.LoadAsync();
        Assert.Equal((before.Stage, before.Version, before.Decision), (after.Stage, after.Version, after.Decision));
        await using var context = s.Db.NewContext();
        Assert.Equal(1, await context.ReviewEvents.CountAsync(e => e.ReviewId == s.ReviewId));
        Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.Action == AuditActions.Move || a.Action == AuditActions.Update));
    }
}
