using DhrTracker.Core.Learning;
using DhrTracker.Core.People;
using DhrTracker.Core.Themes;
using DhrTracker.IntegrationTests.Findings;

namespace DhrTracker.IntegrationTests.Learning;

public sealed class ThemeLearningServiceTests
{
    private static ThemeCountRow Row(ThemeCountsReport report, string name) => report.Rows.Single(r => r.Name == name);

    private static async Task<Guid> VersionAsync(LearningWorld world, Guid themeId)
    {
        await using var context = world.Db.NewContext();
        return await context.Themes.Where(t => t.Id == themeId).Select(t => t.Version).SingleAsync();
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_reviews_themes_are_its_key_themes_plus_its_findings_themes_counted_once(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var curiosity = await world.ThemeAsync("Professional curiosity");
        var marac = await world.ThemeAsync("MARAC");
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, curiosity);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, curiosity, marac);
        Assert.True((await world.Findings.SetKeyThemesAsync(world.ReviewA1, [curiosity], Guid.Empty)).Succeeded);
        Assert.True((await world.Findings.SetKeyThemesAsync(world.ReviewA2, [curiosity], Guid.Empty)).Succeeded);

        var report = await world.Db.Get<ThemeLearningService>().CountsAsync();

        Assert.True(report.PartnershipWide);
        Assert.Equal(2, report.ReviewsCounted);
        Assert.Equal((2, 2), (Row(report, "Professional curiosity").Reviews, Row(report, "Professional curiosity").Findings));
        Assert.Equal((1, 1), (Row(report, "MARAC").Reviews, Row(report, "MARAC").Findings));
        Assert.Equal((0, 0), (Row(report, "Alcohol").Reviews, Row(report, "Alcohol").Findings));
        Assert.Equal(38, report.Rows.Count);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Merge_and_retire_keep_historic_counts_under_the_surviving_theme(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var curiosity = await world.ThemeAsync("Professional curiosity");
        var enquiry = await world.ThemeAsync("Routine enquiry");
        var training = await world.ThemeAsync("Training");
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, curiosity, enquiry);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA2, enquiry, training);
        Assert.True((await world.Findings.SetKeyThemesAsync(world.ReviewA2, [enquiry], Guid.Empty)).Succeeded);

        world.Db.SignInAs(world.AdminA);
        var taxonomy = world.Db.Get<ThemeTaxonomyService>();
        Assert.True((await taxonomy.MergeAsync(enquiry, new MergeThemesInput { TargetThemeId = curiosity, Version = await VersionAsync(world, enquiry) })).Succeeded);
        Assert.True((await taxonomy.SetRetiredAsync(training, true, await VersionAsync(world, training))).Succeeded);

        world.Db.SignInAs(world.ManagerA);
        var report = await world.Db.Get<ThemeLearningService>().CountsAsync();

        var merged = Row(report, "Professional curiosity");
        Assert.Equal((2, 2), (merged.Reviews, merged.Findings));
        Assert.Equal(["Routine enquiry"], merged.MergedFrom);
        Assert.DoesNotContain(report.Rows, r => r.Name == "Routine enquiry");
        var retired = Row(report, "Training");
        Assert.Equal((true, 1, 1), (retired.IsRetired, retired.Reviews, retired.Findings));

        await using var context = world.Db.NewContext();
        Assert.Equal(2, await context.FindingThemes.CountAsync(t => t.ThemeId == enquiry));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_merged_themes_drill_down_shows_the_findings_of_both_themes(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var curiosity = await world.ThemeAsync("Professional curiosity");
        var enquiry = await world.ThemeAsync("Routine enquiry");
        var f1 = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, curiosity);
        var f2 = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA2, enquiry);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA2, await world.ThemeAsync("Alcohol"));
        world.Db.SignInAs(world.AdminA);
        Assert.True((await world.Db.Get<ThemeTaxonomyService>().MergeAsync(enquiry,
            new MergeThemesInput { TargetThemeId = curiosity, Version = await VersionAsync(world, enquiry) })).Succeeded);

        world.Db.SignInAs(world.CoordinatorA);
        var drill = await world.Db.Get<ThemeLearningService>().DrillDownAsync(enquiry);

        Assert.Equal("Professional curiosity", drill!.Name);
        Assert.Equal([f1, f2], drill.Findings.Select(f => f.FindingId));
        Assert.Equal(["A DHR1", "A DHR2"], drill.Findings.Select(f => f.ReviewReference));
        Assert.Equal(["Routine enquiry"], drill.MergedFrom);

        var second = await world.Db.Get<ThemeLearningService>().DrillDownAsync(curiosity, new Core.Common.PageRequest(1, 1));
        Assert.Equal((2, f2), (second!.TotalFindings, Assert.Single(second.Findings).FindingId));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_partnerships_findings_are_never_counted_nor_listed(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcoholB = await world.ThemeAsync("Alcohol", world.PartnershipB);
        await world.AddFindingAsync(world.CoordinatorB, world.ReviewB1, alcoholB);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, await world.ThemeAsync("Alcohol"));

        world.Db.SignInAs(world.CoordinatorA);
        var service = world.Db.Get<ThemeLearningService>();
        var report = await service.CountsAsync();

        Assert.Equal((1, 1), (Row(report, "Alcohol").Reviews, Row(report, "Alcohol").Findings));
        Assert.Null(await service.DrillDownAsync(alcoholB));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_counts_only_reviews_they_sit_on_and_is_not_told_partnership_wide_figures(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA2, alcohol);

        world.Db.SignInAs(world.PanelMemberA);
        var service = world.Db.Get<ThemeLearningService>();
        var report = await service.CountsAsync();
        var drill = await service.DrillDownAsync(alcohol);

        Assert.False(report.PartnershipWide);
        Assert.Equal(0, report.ReviewsCounted);
        Assert.Equal((0, 0), (Row(report, "Alcohol").Reviews, Row(report, "Alcohol").Findings));
        Assert.Empty(drill!.Findings);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_sees_counts_and_findings_of_their_own_review_only(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        var mine = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA2, alcohol);
        await CaseFile.SeatAsync(world.Db, world.ReviewA1, world.PanelMemberA);

        world.Db.SignInAs(world.PanelMemberA);
        var service = world.Db.Get<ThemeLearningService>();
        var report = await service.CountsAsync();
        var drill = await service.DrillDownAsync(alcohol);

        Assert.False(report.PartnershipWide);
        Assert.Equal((1, 1, 1), (report.ReviewsCounted, Row(report, "Alcohol").Reviews, Row(report, "Alcohol").Findings));
        Assert.Equal([mine], drill!.Findings.Select(f => f.FindingId));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task With_a_review_category_source_reviews_are_split_partner_familial_household(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var curiosity = await world.ThemeAsync("Professional curiosity");
        var enquiry = await world.ThemeAsync("Routine enquiry");
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, curiosity);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA2, enquiry);
        Assert.True((await world.Findings.SetKeyThemesAsync(world.ReviewA2, [curiosity], Guid.Empty)).Succeeded);
        world.Db.SignInAs(world.AdminA);
        Assert.True((await world.Db.Get<ThemeTaxonomyService>().MergeAsync(enquiry,
            new MergeThemesInput { TargetThemeId = curiosity, Version = await VersionAsync(world, enquiry) })).Succeeded);
        var source = new FixedCategories(new Dictionary<Guid, string> { [world.ReviewA1] = "Partner", [world.ReviewA2] = "Familial" });

        world.Db.SignInAs(world.ManagerA);
        var service = new ThemeLearningService(world.Db.DbFactory, world.Db.Get<Core.Identity.CurrentUserLoader>(), world.Db.Time, [source]);
        var report = await service.CountsAsync();

        Assert.Equal(["Partner", "Familial", "Household"], report.SplitCategories);
        var row = Row(report, "Professional curiosity");
        Assert.Equal((2, 2), (row.Reviews, row.Findings));
        Assert.Equal((1, 1, 0), (row.ReviewsByCategory["Partner"], row.ReviewsByCategory["Familial"], row.ReviewsByCategory.GetValueOrDefault("Household")));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_split_follows_each_reviews_relationships(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA2, alcohol);
        await using (var context = world.Db.NewContext())
        {
            Relate(context, world.ReviewA1, RelationshipKind.ExPartner);
            Relate(context, world.ReviewA1, RelationshipKind.Child);
            Relate(context, world.ReviewA2, RelationshipKind.HouseholdMember);
            await context.SaveChangesAsync();
        }

        world.Db.SignInAs(world.ManagerA);
        var report = await world.Db.Get<ThemeLearningService>().CountsAsync();

        Assert.Equal(["Partner", "Familial", "Household", "Other"], report.SplitCategories);
        var row = Row(report, "Alcohol");
        Assert.Equal((2, 1, 0, 1), (row.Reviews, row.ReviewsByCategory.GetValueOrDefault("Partner"),
            row.ReviewsByCategory.GetValueOrDefault("Familial"), row.ReviewsByCategory.GetValueOrDefault("Household")));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_review_of_only_other_non_relatives_counts_as_other_not_household(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol);
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA2, alcohol);
        await using (var context = world.Db.NewContext())
        {
            // A1: a friend killed by a friend; A2: a lodger and a visitor killed by the householder.
            Relate(context, world.ReviewA1, RelationshipKind.OtherNonRelative);
            Relate(context, world.ReviewA2, RelationshipKind.HouseholdMember);
            Relate(context, world.ReviewA2, RelationshipKind.OtherNonRelative);
            await context.SaveChangesAsync();
        }

        world.Db.SignInAs(world.ManagerA);
        var row = Row(await world.Db.Get<ThemeLearningService>().CountsAsync(), "Alcohol");

        Assert.Equal((2, 1, 1), (row.Reviews, row.ReviewsByCategory.GetValueOrDefault("Household"), row.ReviewsByCategory.GetValueOrDefault("Other")));
    }

    private static void Relate(AppDbContext context, Guid reviewId, RelationshipKind kind)
    {
        var victim = new Victim
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Pseudonym = $"Victim {Guid.NewGuid():N}"[..12],
            AgeAtDeath = 40,
            Sex = Sex.Female,
            GenderIdentity = GenderIdentity.SameAsSexAtBirth,
            Ethnicity = Ethnicity.WhiteBritish
        };
        var perpetrator = new Perpetrator
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Pseudonym = $"Perp {Guid.NewGuid():N}"[..10],
            Age = 45,
            Sex = Sex.Male,
            GenderIdentity = GenderIdentity.SameAsSexAtBirth,
            Ethnicity = Ethnicity.WhiteBritish
        };
        context.Victims.Add(victim);
        context.Perpetrators.Add(perpetrator);
        context.Relationships.Add(new Relationship { Id = Guid.NewGuid(), ReviewId = reviewId, VictimId = victim.Id, PerpetratorId = perpetrator.Id, Kind = kind });
    }

    /// <summary>Stands in for issue 4's derived review category.</summary>
    private sealed class FixedCategories(IReadOnlyDictionary<Guid, string> categories) : IReviewCategorySource
    {
        public IReadOnlyList<string> Categories => ["Partner", "Familial", "Household"];

        public Task<IReadOnlyDictionary<Guid, string>> CategoriesOfAsync(AppDbContext db, IQueryable<Guid> reviewIds, CancellationToken ct = default) =>
            Task.FromResult(categories);
    }

    [Theory]
    [InlineData(nameof(LearningWorld.AdminA))]
    [InlineData(nameof(LearningWorld.AgencyLeadA))]
    public async Task Roles_without_case_content_get_no_theme_counts(string who)
    {
        await using var world = await LearningWorld.CreateAsync(DatabaseProvider.Sqlite);
        var alcohol = await world.ThemeAsync("Alcohol");
        await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol);

        world.Db.SignInAs(who == nameof(LearningWorld.AdminA) ? world.AdminA : world.AgencyLeadA);
        var service = world.Db.Get<ThemeLearningService>();

        Assert.Empty((await service.CountsAsync()).Rows);
        Assert.Null(await service.DrillDownAsync(alcohol));
    }
}
