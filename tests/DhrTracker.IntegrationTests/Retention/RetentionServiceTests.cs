using DhrTracker.Core.Access;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Retention;
using DhrTracker.Core.Reviews;
using DhrTracker.IntegrationTests.Actions;

namespace DhrTracker.IntegrationTests.Retention;

/// <summary>R21: the retention run removes what is past its period, completely, and nothing else; a fake clock stands at 26 Nov 2026.</summary>
public sealed class RetentionServiceTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_purge_removes_the_review_every_child_row_and_its_files_leaving_no_orphans(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);
        var before = await ReviewRowsAsync(w.Db, w.Due);
        Assert.All(before, t => Assert.True(t.Value > 0, $"the world gives {t.Key} a row to remove"));

        var report = PlanSetupOk(await w.AsInstallation.RunAsync(dryRun: false));

        var purged = Assert.Single(report.Due);
        Assert.Equal(("A DHR1", RetentionWorld.LongAgo), (purged.Reference, purged.Ended));
        Assert.Equal(3, purged.Removed!.Files);
        Assert.All(await ReviewRowsAsync(w.Db, w.Due), t => Assert.True(t.Value == 0, $"{t.Key} still holds {t.Value} rows of the purged review"));
        await using var context = w.Db.NewContext();
        Assert.False(await context.StoredFiles.AnyAsync(f => !context.DocumentVersions.Any(v => v.FileId == f.Id) && !context.ActionEvidence.Any(e => e.FileId == f.Id)));
        Assert.False(await context.StoredFileContents.AnyAsync(c => !context.StoredFiles.Any(f => f.Id == c.FileId)));
        Assert.True(await context.Reviews.AnyAsync(r => r.Id == w.Recent), "a review inside its period is kept");
        Assert.Equal(1, await context.StoredFiles.CountAsync());
        Assert.Equal(1, await context.StoredFileContents.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_a_review_under_legal_hold_is_kept_and_reported(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);
        PlanSetupOk(await w.Db.Get<LegalHoldService>().SetAsync(w.Due, new LegalHoldInput
        {
            Version = await w.VersionOfAsync(w.Due),
            Reason = "Civil claim pending",
            Since = new DateOnly(2026, 11, 20),
        }));
        var rows = await ReviewRowsAsync(w.Db, w.Due);

        var report = PlanSetupOk(await w.AsInstallation.RunAsync(dryRun: false));

        Assert.Empty(report.Due);
        var held = Assert.Single(report.Held);
        Assert.Equal("A DHR1", held.Reference);
        Assert.Equal("Legal hold: Civil claim pending (since 20 Nov 2026)", held.Hold!.ToString());
        Assert.Equal(rows, await ReviewRowsAsync(w.Db, w.Due));
        await using var context = w.Db.NewContext();
        Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.Action == AuditActions.Purge));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_a_dry_run_lists_what_is_due_and_changes_nothing(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);
        var rows = await ReviewRowsAsync(w.Db, w.Due);
        await using var before = w.Db.NewContext();
        var (files, changes) = (await before.StoredFiles.CountAsync(), await before.AuditChanges.CountAsync());

        var report = PlanSetupOk(await w.AsInstallation.RunAsync(dryRun: true));

        Assert.True(report.DryRun);
        Assert.Equal("A DHR1", Assert.Single(report.Due).Reference);
        Assert.Null(report.Due[0].Removed);
        Assert.Equal(rows, await ReviewRowsAsync(w.Db, w.Due));
        await using var after = w.Db.NewContext();
        Assert.Equal((files, changes), (await after.StoredFiles.CountAsync(), await after.AuditChanges.CountAsync()));
        Assert.Equal(0, await after.AuditEntries.CountAsync(a => a.Action == AuditActions.Purge));
        var run = await after.AuditEntries.SingleAsync(a => a.Action == AuditActions.RetentionRun);
        Assert.StartsWith("Dry run on 26 Nov 2026: 1 due for removal", run.Detail);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_a_review_ended_less_than_the_period_ago_is_kept_until_the_partnership_shortens_it(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);
        await RetentionWorld.EndAsync(w.Db, w.Due, ReviewStage.NotProceeding, new DateOnly(2011, 11, 26));

        var exactly15Years = PlanSetupOk(await w.AsInstallation.RunAsync(dryRun: true));
        w.Db.Time.Advance(TimeSpan.FromDays(1));
        var oneDayMore = PlanSetupOk(await w.AsInstallation.RunAsync(dryRun: true));
        await using (var context = w.Db.NewContext())
        {
            await context.Partnerships.Where(p => p.Name == PlanSetup.Partnership).ExecuteUpdateAsync(s => s.SetProperty(p => p.RetentionYears, 1));
        }

        var shortened = PlanSetupOk(await w.AsInstallation.RunAsync(dryRun: true));

        Assert.Empty(exactly15Years.Due);
        var due = Assert.Single(oneDayMore.Due);
        Assert.Equal((ReviewStage.NotProceeding, "Not proceeding 26 Nov 2011; kept 15 years to 26 Nov 2026 (partnership retention period)"), (due.Stage, due.Rule));
        Assert.Equal(["A DHR1", "A DHR2"], shortened.Due.Select(c => c.Reference));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_each_purge_and_the_run_are_audited_without_case_content_and_the_chain_stays_intact(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);
        await using var before = w.Db.NewContext();
        var aboutReview = await before.AuditEntries.CountAsync(a => a.ReviewId == w.Due);
        Assert.True(await before.AuditChanges.AnyAsync(c => before.AuditEntries.Any(a => a.Id == c.AuditEntryId && a.ReviewId == w.Due)));

        PlanSetupOk(await w.AsInstallation.RunAsync(dryRun: false));

        await using var context = w.Db.NewContext();
        var purge = await context.AuditEntries.SingleAsync(a => a.Action == AuditActions.Purge);
        Assert.Equal((AuditTrail.ReviewEntity, w.Due.ToString(), w.Due, "dhr-command", AuditOutcome.Succeeded),
            (purge.EntityType, purge.EntityId, purge.ReviewId, purge.UserId, purge.Outcome));
        Assert.StartsWith("Reference A DHR1 (Partnership A); Closed 3 Mar 2010; kept 15 years to 3 Mar 2025", purge.Detail);
        Assert.DoesNotContain("Wren", purge.Detail);
        var run = await context.AuditEntries.SingleAsync(a => a.Action == AuditActions.RetentionRun);
        Assert.Equal("Run on 26 Nov 2026: 1 removed, 0 kept under legal hold, 0 failed", run.Detail);
        Assert.Equal(aboutReview + 1, await context.AuditEntries.CountAsync(a => a.ReviewId == w.Due));
        Assert.False(await context.AuditChanges.AnyAsync(c => context.AuditEntries.Any(a => a.Id == c.AuditEntryId && a.ReviewId == w.Due)));
        var verified = (await w.Db.AsInstallation<AuditVerifier>().VerifyAsync(TestContext.Current.CancellationToken)).Value!;
        Assert.True(verified.Intact, verified.Problem);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Two_runs_at_once_from_two_machines_remove_each_review_once(DatabaseProvider provider)
    {
        // Issue 15 item 5: dhr retention run scheduled on two machines by mistake, against one database. On SQLite a held write
        // (a job lease row, which retention never reads) keeps both runs at their first write until both have listed the review.
        await using var w = await RetentionWorld.CreateAsync(provider);
        await using var holder = w.Db.NewContext();
        await using (var held = await holder.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            holder.JobLeases.Add(new DhrTracker.Core.Reminders.JobLease { Name = "held by the test" });
            await holder.SaveChangesAsync(TestContext.Current.CancellationToken);
            var runs = new[] { w.AsInstallation, w.AsInstallation }.Select(r => Task.Run(() => r.RunAsync(dryRun: false))).ToList();
            await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
            await held.RollbackAsync(TestContext.Current.CancellationToken);
            var reports = (await Task.WhenAll(runs)).Select(PlanSetupOk).ToList();

            Assert.Equal(["A DHR1"], reports.SelectMany(r => r.Due).Select(c => c.Reference));
            Assert.All(reports, r => Assert.Empty(r.Failed));
        }

        await using var context = w.Db.NewContext();
        Assert.Equal(1, await context.AuditEntries.CountAsync(a => a.Action == AuditActions.Purge, TestContext.Current.CancellationToken));
        var verified = (await w.Db.AsInstallation<AuditVerifier>().VerifyAsync(TestContext.Current.CancellationToken)).Value!;
        Assert.True(verified.Intact, verified.Problem);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_only_the_installation_may_run_retention_and_every_account_is_refused_and_audited(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);
        var installationAdmin = await w.Db.CreateUserAsync(Roles.Administrator, partnership: null);
        string[] accounts = [w.Plan.Coordinator, w.Plan.Manager, w.PanelMember, w.Plan.PoliceLead, w.Administrator, installationAdmin, w.OtherCoordinator];

        foreach (var account in accounts)
        {
            w.Db.SignInAs(account);
            var result = await w.Db.Get<RetentionService>().RunAsync(dryRun: false, TestContext.Current.CancellationToken);
            Assert.Equal("Only the installation's dhr command may run retention.", Assert.Single(result.Errors).Message);
        }

        await using var context = w.Db.NewContext();
        Assert.True(await context.Reviews.AnyAsync(r => r.Id == w.Due));
        var denied = await context.AuditEntries.Where(a => a.Action == AuditActions.RetentionRun).Select(a => new { a.UserId, a.Outcome }).ToListAsync();
        Assert.Equal(accounts.Order(), denied.Select(d => d.UserId).Order());
        Assert.All(denied, d => Assert.Equal(AuditOutcome.Denied, d.Outcome));
    }

    [Fact]
    public void R21_the_retention_rule_admits_the_installation_and_no_signed_in_account()
    {
        Assert.True(ReviewAccess.CanRunRetention(DhrCommandIdentity.User));
        var installationAdministrator = new CurrentUser(Guid.NewGuid().ToString(), "Admin", new HashSet<string> { Roles.Administrator }, null);
        Assert.False(ReviewAccess.CanRunRetention(installationAdministrator));
    }

    /// <summary>Rows that belong to the review, table by table, reached through the review's own ids as the purge must.</summary>
    internal static async Task<Dictionary<string, int>> ReviewRowsAsync(TestDatabase db, Guid id)
    {
        await using var c = db.NewContext();
        var actions = c.Actions.Where(a => a.ReviewId == id).Select(a => a.Id);
        var documents = c.ReviewDocuments.Where(d => d.ReviewId == id).Select(d => d.Id);
        var recommendations = c.Recommendations.Where(r => r.ReviewId == id).Select(r => r.Id);
        var findings = c.Findings.Where(f => f.ReviewId == id).Select(f => f.Id);
        var files = c.DocumentVersions.Where(v => documents.Contains(v.DocumentId)).Select(v => v.FileId)
            .Concat(c.ActionEvidence.Where(e => actions.Contains(e.ActionId)).Select(e => e.FileId));
        return new Dictionary<string, int>
        {
            [nameof(Review)] = await c.Reviews.CountAsync(r => r.Id == id),
            [nameof(ReviewPause)] = await c.ReviewPauses.CountAsync(x => x.ReviewId == id),
            [nameof(ParallelProceeding)] = await c.ParallelProceedings.CountAsync(x => x.ReviewId == id),
            [nameof(ReviewEvent)] = await c.ReviewEvents.CountAsync(x => x.ReviewId == id),
            ["Victim"] = await c.Victims.CountAsync(x => x.ReviewId == id),
            ["Perpetrator"] = await c.Perpetrators.CountAsync(x => x.ReviewId == id),
            ["Relationship"] = await c.Relationships.CountAsync(x => x.ReviewId == id),
            ["Circumstances"] = await c.Circumstances.CountAsync(x => x.ReviewId == id),
            ["ReviewAgency"] = await c.ReviewAgencies.CountAsync(x => x.ReviewId == id),
            ["PanelMembership"] = await c.PanelMemberships.CountAsync(x => x.ReviewId == id),
            ["SubmissionChase"] = await c.Set<DhrTracker.Core.Agencies.SubmissionChase>()
                .CountAsync(x => c.ReviewAgencies.Any(a => a.Id == x.ReviewAgencyId && a.ReviewId == id)),
            ["PanelMeeting"] = await c.Set<DhrTracker.Core.Panel.PanelMeeting>().CountAsync(x => x.ReviewId == id),
            ["PanelMeetingAttendance"] = await c.Set<DhrTracker.Core.Panel.PanelMeetingAttendance>()
                .CountAsync(x => c.Set<DhrTracker.Core.Panel.PanelMeeting>().Any(m => m.Id == x.MeetingId && m.ReviewId == id)),
            ["QaDevelopmentArea"] = await c.Set<QaDevelopmentArea>().CountAsync(x => x.ReviewId == id),
            ["FamilyMember"] = await c.Set<DhrTracker.Core.Family.FamilyMember>().CountAsync(x => x.ReviewId == id),
            ["InvolvementEntry"] = await c.Set<DhrTracker.Core.Family.InvolvementEntry>().CountAsync(x => x.ReviewId == id),
            [nameof(Finding)] = await findings.CountAsync(),
            [nameof(FindingTheme)] = await c.FindingThemes.CountAsync(x => findings.Contains(x.FindingId)),
            [nameof(ReviewThemeSet)] = await c.ReviewThemeSets.CountAsync(x => x.ReviewId == id),
            [nameof(ReviewKeyTheme)] = await c.ReviewKeyThemes.CountAsync(x => x.ReviewId == id),
            [nameof(Recommendation)] = await recommendations.CountAsync(),
            [nameof(RecommendationFinding)] = await c.Set<RecommendationFinding>().CountAsync(x => recommendations.Contains(x.RecommendationId)),
            [nameof(RecommendationTheme)] = await c.Set<RecommendationTheme>().CountAsync(x => recommendations.Contains(x.RecommendationId)),
            [nameof(ActionItem)] = await actions.CountAsync(),
            [nameof(ActionUpdate)] = await c.ActionUpdates.CountAsync(x => actions.Contains(x.ActionId)),
            [nameof(ActionEvidence)] = await c.ActionEvidence.CountAsync(x => actions.Contains(x.ActionId)),
            [nameof(ActionTargetRevision)] = await c.ActionTargetRevisions.CountAsync(x => actions.Contains(x.ActionId)),
            [nameof(ActionHistoryEntry)] = await c.ActionHistory.CountAsync(x => actions.Contains(x.ActionId)),
            ["ReviewDocument"] = await documents.CountAsync(),
            ["DocumentVersion"] = await c.DocumentVersions.CountAsync(x => documents.Contains(x.DocumentId)),
            ["NameHitAcceptance"] = await c.Set<DhrTracker.Core.NamesCheck.NameHitAcceptance>()
                .CountAsync(a => c.DocumentVersions.Any(v => v.Id == a.DocumentVersionId && documents.Contains(v.DocumentId))),
            ["FormDraft"] = await c.Set<DhrTracker.Core.Drafts.FormDraft>().CountAsync(x => x.ReviewId == id),
            ["StoredFile"] = await c.StoredFiles.CountAsync(f => files.Contains(f.Id)),
            ["StoredFileContent"] = await c.StoredFileContents.CountAsync(f => files.Contains(f.FileId)),
        };
    }

    private static T PlanSetupOk<T>(Result<T> result) => CaseFile.Ok(result);
}
