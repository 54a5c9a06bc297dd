using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Themes;

namespace DhrTracker.IntegrationTests.Findings;

public sealed class FindingServiceTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Coordinator_records_a_finding_and_a_manager_reads_it_but_cannot_change_it(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var curiosity = await world.ThemeAsync("Professional curiosity");
        var coercive = await world.ThemeAsync("Coercive control");
        var id = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, curiosity, coercive);

        world.Db.SignInAs(world.ManagerA);
        var tab = await world.Findings.GetForReviewAsync(world.ReviewA1);

        Assert.NotNull(tab);
        Assert.False(tab.CanEdit);
        var finding = Assert.Single(tab.Findings);
        Assert.Equal((id, FindingType.MissedOpportunity, "Police", "Call-out, June"), (finding.Id, finding.Type, finding.Agency.Label, finding.PeriodOrEvent));
        Assert.Equal(["Coercive control", "Professional curiosity"], finding.Themes.Select(t => t.Name));
        var refused = await world.Findings.AddAsync(world.ReviewA1, LearningWorld.Input(curiosity));
        Assert.Equal("", Assert.Single(refused.Errors).Field);

        await using var context = world.Db.NewContext();
        Assert.Equal(1, await context.Findings.CountAsync());
        var audit = await context.AuditEntries.Where(a => a.EntityType == nameof(Finding)).OrderBy(a => a.Id)
            .Select(a => new { a.UserId, a.Action, a.Outcome }).ToListAsync();
        Assert.Equal(
            [(world.CoordinatorA, AuditActions.Create, AuditOutcome.Succeeded), (world.ManagerA, AuditActions.List, AuditOutcome.Succeeded),
             (world.ManagerA, AuditActions.Create, AuditOutcome.Denied)],
            audit.Select(a => (a.UserId, a.Action, a.Outcome)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_partnerships_review_and_its_findings_are_not_found(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var theirs = await world.AddFindingAsync(world.CoordinatorB, world.ReviewB1, await world.ThemeAsync("Alcohol", world.PartnershipB));

        world.Db.SignInAs(world.CoordinatorA);
        Assert.Null(await world.Findings.GetForReviewAsync(world.ReviewB1));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Findings.AddAsync(world.ReviewB1, LearningWorld.Input(Guid.NewGuid())));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Findings.UpdateAsync(theirs, LearningWorld.Input(Guid.NewGuid())));

        await using var context = world.Db.NewContext();
        Assert.Equal(1, await context.Findings.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_theme_from_another_partnership_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.CoordinatorA);

        var result = await world.Findings.AddAsync(world.ReviewA1,
            LearningWorld.Input(await world.ThemeAsync("Alcohol"), await world.ThemeAsync("Alcohol", world.PartnershipB)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(FindingInput.ThemeIds), error.Field);
        Assert.Contains("not in this partnership's taxonomy", error.Message);
        await using var context = world.Db.NewContext();
        Assert.Equal(0, await context.Findings.CountAsync());
        Assert.Equal(0, await context.FindingThemes.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_finding_without_theme_or_narrative_is_refused_naming_both_fields(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.CoordinatorA);
        var input = LearningWorld.Input();
        input.Narrative = " ";

        var result = await world.Findings.AddAsync(world.ReviewA1, input);

        Assert.Equal([nameof(FindingInput.Narrative), nameof(FindingInput.ThemeIds)], result.Errors.Select(e => e.Field).Order());
        await using var context = world.Db.NewContext();
        Assert.Equal(0, await context.Findings.CountAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_retired_theme_is_refused_on_a_new_finding_but_kept_by_an_old_one(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var training = await world.ThemeAsync("Training");
        var alcohol = await world.ThemeAsync("Alcohol");
        var old = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, training);
        await RetireAsync(world, training);

        world.Db.SignInAs(world.CoordinatorA);
        var refused = await world.Findings.AddAsync(world.ReviewA2, LearningWorld.Input(training));
        var loaded = (await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings.Single();
        var edit = LearningWorld.Input(training, alcohol);
        edit.Version = loaded.Version;
        var kept = await world.Findings.UpdateAsync(old, edit);

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(FindingInput.ThemeIds), "'Training' is retired and cannot be given to a finding. Choose an active theme."), (error.Field, error.Message));
        Assert.True(kept.Succeeded, string.Join("; ", kept.Errors));
        var after = (await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings.Single();
        Assert.Equal(["Alcohol", "Training"], after.Themes.Select(t => t.Name).Order());
        Assert.DoesNotContain(training, (await world.Findings.GetForReviewAsync(world.ReviewA1))!.ActiveThemes.Select(t => t.Id));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Editing_a_finding_replaces_its_themes_and_key_themes_can_be_removed(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        var marac = await world.ThemeAsync("MARAC");
        var training = await world.ThemeAsync("Training");
        var id = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol, marac);
        var keys = await world.Findings.SetKeyThemesAsync(world.ReviewA1, [alcohol, training], Guid.Empty);
        var loaded = (await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings.Single();
        var edit = LearningWorld.Input(training);
        edit.Type = FindingType.GoodPractice;
        edit.Version = loaded.Version;

        Assert.True((await world.Findings.UpdateAsync(id, edit)).Succeeded);
        Assert.True((await world.Findings.SetKeyThemesAsync(world.ReviewA1, [training], keys.Value)).Succeeded);

        await using var context = world.Db.NewContext();
        Assert.Equal([training], await context.FindingThemes.Where(t => t.FindingId == id).Select(t => t.ThemeId).ToListAsync());
        Assert.Equal([training], await context.ReviewKeyThemes.Where(k => k.ReviewId == world.ReviewA1).Select(k => k.ThemeId).ToListAsync());
        var saved = await context.Findings.SingleAsync();
        Assert.Equal((FindingType.GoodPractice, (int?)null, (string?)null), (saved.Type, saved.AgencyId, saved.AgencyName));
        var update = await context.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == AuditActions.Update);
        Assert.Equal("Type, AgencyId, Themes", update.Detail);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_concurrent_edit_is_detected_and_the_first_edit_is_not_overwritten(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        var id = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol);
        var loaded = (await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings.Single();

        var first = LearningWorld.Input(alcohol);
        first.Narrative = "First editor's wording.";
        first.Version = loaded.Version;
        first.AgencyId = loaded.Agency.AgencyId;
        var second = LearningWorld.Input(alcohol);
        second.Narrative = "Second editor's wording.";
        second.Version = loaded.Version;
        second.AgencyId = loaded.Agency.AgencyId;
        Assert.True((await world.Findings.UpdateAsync(id, first)).Succeeded);
        var conflict = await world.Findings.UpdateAsync(id, second);

        Assert.Contains("Someone else changed this", Assert.Single(conflict.Errors).Message);
        Assert.Equal("Second editor's wording.", second.Narrative);
        await using var context = world.Db.NewContext();
        Assert.Equal("First editor's wording.", (await context.Findings.SingleAsync()).Narrative);
        var update = await context.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == AuditActions.Update);
        Assert.Equal("Narrative", update.Detail);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Key_themes_are_set_audited_and_a_stale_set_is_a_conflict(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.CoordinatorA);
        var sharing = await world.ThemeAsync("Information sharing");
        var marac = await world.ThemeAsync("MARAC");

        var first = await world.Findings.SetKeyThemesAsync(world.ReviewA1, [sharing], Guid.Empty);
        var stale = await world.Findings.SetKeyThemesAsync(world.ReviewA1, [marac], Guid.Empty);
        var second = await world.Findings.SetKeyThemesAsync(world.ReviewA1, [marac, sharing], first.Value);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.False(stale.Succeeded);
        var tab = await world.Findings.GetForReviewAsync(world.ReviewA1);
        Assert.Equal(["Information sharing", "MARAC"], tab!.KeyThemes.Select(t => t.Name));
        Assert.Equal(second.Value, tab.KeyThemesVersion);
        await using var context = world.Db.NewContext();
        Assert.Equal(2, await context.AuditEntries.CountAsync(a => a.EntityType == "ReviewKeyThemes" && a.Outcome == AuditOutcome.Succeeded));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_not_on_the_panel_neither_reads_nor_records_findings(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, await world.ThemeAsync("Alcohol"));

        world.Db.SignInAs(world.PanelMemberA);

        Assert.Null(await world.Findings.GetForReviewAsync(world.ReviewA1));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Findings.AddAsync(world.ReviewA1, LearningWorld.Input(Guid.NewGuid())));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_records_and_edits_findings_on_a_review_they_sit_on_only(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        await CaseFile.SeatAsync(world.Db, world.ReviewA1, world.PanelMemberA);
        var alcohol = await world.ThemeAsync("Alcohol");

        var id = await world.AddFindingAsync(world.PanelMemberA, world.ReviewA1, alcohol);
        var tab = await world.Findings.GetForReviewAsync(world.ReviewA1);
        var edit = LearningWorld.Input(alcohol);
        edit.Narrative = "Reworded by the panel member.";
        edit.Version = tab!.Findings.Single().Version;

        Assert.True(tab.CanEdit);
        Assert.True((await world.Findings.UpdateAsync(id, edit)).Succeeded);
        Assert.Null(await world.Findings.GetForReviewAsync(world.ReviewA2));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Findings.AddAsync(world.ReviewA2, LearningWorld.Input(alcohol)));
    }

    private static async Task RetireAsync(LearningWorld world, Guid themeId)
    {
        world.Db.SignInAs(world.AdminA);
        await using var context = world.Db.NewContext();
        var version = await context.Themes.Where(t => t.Id == themeId).Select(t => t.Version).SingleAsync();
        Assert.True((await world.Db.Get<ThemeTaxonomyService>().SetRetiredAsync(themeId, true, version)).Succeeded);
    }
}
