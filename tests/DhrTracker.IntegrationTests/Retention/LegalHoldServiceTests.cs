using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Retention;
using DhrTracker.Core.Reviews;
using DhrTracker.IntegrationTests.Actions;

namespace DhrTracker.IntegrationTests.Retention;

/// <summary>R21: the partnership's Coordinators place and lift a legal hold; nobody else can, and every attempt is on the trail.</summary>
public sealed class LegalHoldServiceTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_a_coordinator_places_and_lifts_a_legal_hold_shown_on_the_review_and_audited(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);
        var holds = w.Db.Get<LegalHoldService>();

        var set = await holds.SetAsync(w.Due, new LegalHoldInput
        {
            Version = await w.VersionOfAsync(w.Due),
            Reason = "  Public inquiry  ",
            Since = new DateOnly(2026, 11, 26),
        });
        var shown = await w.Db.Get<ReviewService>().GetAsync(w.Due);
        var cleared = await holds.ClearAsync(w.Due, CaseFile.Ok(set));
        var after = await w.Db.Get<ReviewService>().GetAsync(w.Due);

        Assert.Equal("Legal hold: Public inquiry (since 26 Nov 2026)", shown!.LegalHold!.ToString());
        Assert.True(shown.CanSetLegalHold);
        Assert.True(cleared.Succeeded);
        Assert.Null(after!.LegalHold);
        await using var context = w.Db.NewContext();
        var audit = await context.AuditEntries.Include(a => a.ChangeSet)
            .Where(a => a.Action == AuditActions.LegalHoldSet || a.Action == AuditActions.LegalHoldCleared)
            .OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal([AuditActions.LegalHoldSet, AuditActions.LegalHoldCleared], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal((w.Plan.Coordinator, w.Due, AuditOutcome.Succeeded), (a.UserId, a.ReviewId, a.Outcome)));
        Assert.DoesNotContain("inquiry", audit[0].Detail);
        Assert.Contains("Public inquiry", audit[0].ChangeSet!.Values);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_managers_and_panel_members_are_refused_and_everyone_else_finds_no_review(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);
        var version = await w.VersionOfAsync(w.Due);
        var input = new LegalHoldInput { Version = version, Reason = "Civil claim pending", Since = new DateOnly(2026, 11, 1) };

        foreach (var refused in new[] { w.Plan.Manager, w.PanelMember })
        {
            w.Db.SignInAs(refused);
            Assert.Equal(Refusals.NotPermitted, Assert.Single((await w.Db.Get<LegalHoldService>().SetAsync(w.Due, input)).Errors).Message);
            Assert.Equal(Refusals.NotPermitted, Assert.Single((await w.Db.Get<LegalHoldService>().ClearAsync(w.Due, version)).Errors).Message);
        }

        foreach (var stranger in new[] { w.Plan.PoliceLead, w.Administrator, w.OtherCoordinator })
        {
            w.Db.SignInAs(stranger);
            await Assert.ThrowsAsync<NotFoundException>(() => w.Db.Get<LegalHoldService>().SetAsync(w.Due, input));
            await Assert.ThrowsAsync<NotFoundException>(() => w.Db.Get<LegalHoldService>().ClearAsync(w.Due, version));
        }

        await using var context = w.Db.NewContext();
        Assert.Null(await context.Reviews.Where(r => r.Id == w.Due).Select(r => r.LegalHoldReason).SingleAsync());
        Assert.Equal(version, await w.VersionOfAsync(w.Due));
        var denied = await context.AuditEntries
            .Where(a => a.Action == AuditActions.LegalHoldSet || a.Action == AuditActions.LegalHoldCleared).ToListAsync();
        Assert.Equal(10, denied.Count);
        Assert.All(denied, a => Assert.Equal((AuditOutcome.Denied, w.Due), (a.Outcome, a.ReviewId)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_a_hold_without_a_reason_or_date_is_refused_naming_each_field(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);

        var result = await w.Db.Get<LegalHoldService>().SetAsync(w.Due, new LegalHoldInput { Version = await w.VersionOfAsync(w.Due), Reason = " " });

        Assert.Equal([nameof(LegalHoldInput.Reason), nameof(LegalHoldInput.Since)], result.Errors.Select(e => e.Field));
        Assert.StartsWith("Enter the reason for the legal hold", result.Errors[0].Message);
        await using var context = w.Db.NewContext();
        Assert.Null(await context.Reviews.Where(r => r.Id == w.Due).Select(r => r.LegalHoldReason).SingleAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_a_hold_on_a_review_changed_since_it_was_opened_is_refused(DatabaseProvider provider)
    {
        await using var w = await RetentionWorld.CreateAsync(provider);

        var result = await w.Db.Get<LegalHoldService>().SetAsync(w.Due, new LegalHoldInput
        {
            Version = Guid.NewGuid(),
            Reason = "Civil claim pending",
            Since = new DateOnly(2026, 11, 1),
        });

        Assert.Equal(Refusals.Conflict, Assert.Single(result.Errors).Message);
    }
}
