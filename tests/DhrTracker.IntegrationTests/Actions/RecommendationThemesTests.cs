using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Themes;
using DhrTracker.IntegrationTests.Findings;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.Actions;

public sealed class RecommendationThemesTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_recommendation_keeps_its_themes_and_linked_findings_and_the_plan_shows_them(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        var finding = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol);

        var id = CaseFile.Ok(await Plan(world).AddRecommendationAsync(world.ReviewA1, Input(1, [alcohol], [finding])));

        var rec = Assert.Single((await Plan(world).GetAsync(world.ReviewA1))!.Recommendations);
        Assert.Equal(id, rec.Id);
        Assert.Equal(["Alcohol"], rec.Themes.Select(t => t.Name));
        var linked = Assert.Single(rec.Findings);
        Assert.Equal((finding, 1), (linked.Id, linked.Number));
        Assert.StartsWith("Finding 1 (Missed opportunity): Reports of controlling behaviour", linked.Label);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_theme_from_another_partnership_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var theirs = await world.ThemeAsync("Alcohol", world.PartnershipB);
        world.Db.SignInAs(world.CoordinatorA);

        var result = await Plan(world).AddRecommendationAsync(world.ReviewA1, Input(1, [await world.ThemeAsync("Alcohol"), theirs], []));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(RecommendationInput.ThemeIds), "A chosen theme is not in this partnership's taxonomy. Choose themes from the list."),
            (error.Field, error.Message));
        await AssertNothingSavedAsync(world);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_retired_theme_is_refused_on_a_new_recommendation_but_kept_by_one_that_has_it(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var training = await world.ThemeAsync("Training");
        var alcohol = await world.ThemeAsync("Alcohol");
        world.Db.SignInAs(world.CoordinatorA);
        var old = CaseFile.Ok(await Plan(world).AddRecommendationAsync(world.ReviewA1, Input(1, [training], [])));
        await RetireAsync(world, training);

        world.Db.SignInAs(world.CoordinatorA);
        var refused = await Plan(world).AddRecommendationAsync(world.ReviewA1, Input(2, [training], []));
        var edit = Input(1, [training, alcohol], []);
        edit.Version = (await Plan(world).GetAsync(world.ReviewA1))!.Recommendations.Single().Version;
        var kept = await Plan(world).UpdateRecommendationAsync(world.ReviewA1, old, edit);

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(RecommendationInput.ThemeIds), "'Training' is retired and cannot be given to a recommendation. Choose an active theme."),
            (error.Field, error.Message));
        Assert.True(kept.Succeeded, string.Join("; ", kept.Errors));
        var rec = Assert.Single((await Plan(world).GetAsync(world.ReviewA1))!.Recommendations);
        Assert.Equal(["Alcohol", "Training"], rec.Themes.Select(t => t.Name).Order());
        await using var context = world.Db.NewContext();
        var audit = await context.AuditEntries.Where(a => a.EntityType == nameof(Recommendation) && a.Action == AuditActions.Update)
            .Select(a => a.Detail).SingleAsync();
        Assert.Equal("Themes", audit);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_finding_of_another_review_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        var ours = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol);
        var otherReview = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA2, alcohol);

        var result = await Plan(world).AddRecommendationAsync(world.ReviewA1, Input(1, [alcohol], [ours, otherReview]));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(RecommendationInput.FindingIds), "A linked finding is not a finding of this review. Choose findings from the list."),
            (error.Field, error.Message));
        await AssertNothingSavedAsync(world);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_theme_filter_returns_actions_of_recommendations_with_that_theme_and_follows_a_merge(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        var training = await world.ThemeAsync("Training");
        var police = await PanelAccessTests.AgencyIdAsync(world.Db, "Police");
        world.Db.SignInAs(world.CoordinatorA);
        var plan = Plan(world);
        var alcoholRec = CaseFile.Ok(await plan.AddRecommendationAsync(world.ReviewA1, Input(1, [alcohol], [])));
        var trainingRec = CaseFile.Ok(await plan.AddRecommendationAsync(world.ReviewA2, Input(1, [training], [])));
        var untagged = CaseFile.Ok(await plan.AddRecommendationAsync(world.ReviewA2, Input(2, [], [])));
        var alcoholAction = CaseFile.Ok(await plan.AddActionAsync(alcoholRec, CaseFile.NewAction(police, new DateOnly(2027, 1, 31))));
        var trainingAction = CaseFile.Ok(await plan.AddActionAsync(trainingRec, CaseFile.NewAction(police, new DateOnly(2027, 2, 28))));
        CaseFile.Ok(await plan.AddActionAsync(untagged, CaseFile.NewAction(police, new DateOnly(2027, 3, 31))));

        world.Db.SignInAs(world.ManagerA);
        var beforeMerge = await ListAsync(world, alcohol);
        Assert.Equal(3, (await world.Db.Get<ActionDashboardService>().ListAsync(new ActionQuery(), new PageRequest())).TotalCount);

        world.Db.SignInAs(world.AdminA);
        await using (var context = world.Db.NewContext())
        {
            var version = await context.Themes.Where(t => t.Id == training).Select(t => t.Version).SingleAsync();
            CaseFile.Ok(await world.Db.Get<ThemeTaxonomyService>().MergeAsync(training, new MergeThemesInput { TargetThemeId = alcohol, Version = version }));
        }

        world.Db.SignInAs(world.ManagerA);
        Assert.Equal([alcoholAction], beforeMerge);
        Assert.Equal([alcoholAction, trainingAction], await ListAsync(world, alcohol));
        Assert.Equal([alcoholAction, trainingAction], await ListAsync(world, training));
        Assert.Empty(await ListAsync(world, await world.ThemeAsync("Alcohol", world.PartnershipB)));
    }

    private static ActionPlanService Plan(LearningWorld world) => world.Db.Get<ActionPlanService>();

    private static async Task<List<Guid>> ListAsync(LearningWorld world, Guid themeId) =>
        (await world.Db.Get<ActionDashboardService>().ListAsync(new ActionQuery(ThemeId: themeId), new PageRequest())).Items.Select(a => a.Id).ToList();

    private static RecommendationInput Input(int number, Guid[] themes, Guid[] findings) => new()
    {
        Number = number,
        Text = "Agencies should ask about alcohol use when assessing risk.",
        Scope = RecommendationScope.Local,
        MadeOn = new DateOnly(2026, 10, 1),
        ThemeIds = [.. themes],
        FindingIds = [.. findings],
    };

    private static async Task AssertNothingSavedAsync(LearningWorld world)
    {
        await using var context = world.Db.NewContext();
        Assert.Equal(0, await context.Recommendations.CountAsync());
        Assert.Equal(0, await context.Set<RecommendationTheme>().CountAsync());
        Assert.Equal(0, await context.Set<RecommendationFinding>().CountAsync());
        Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.EntityType == nameof(Recommendation)));
    }

    private static async Task RetireAsync(LearningWorld world, Guid themeId)
    {
        world.Db.SignInAs(world.AdminA);
        await using var context = world.Db.NewContext();
        var version = await context.Themes.Where(t => t.Id == themeId).Select(t => t.Version).SingleAsync();
        Assert.True((await world.Db.Get<ThemeTaxonomyService>().SetRetiredAsync(themeId, true, version)).Succeeded);
    }
}
