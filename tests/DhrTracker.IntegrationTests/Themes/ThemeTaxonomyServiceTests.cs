using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Themes;
using DhrTracker.IntegrationTests.Findings;

namespace DhrTracker.IntegrationTests.Themes;

public sealed class ThemeTaxonomyServiceTests
{
    private static async Task<Theme> LoadAsync(LearningWorld world, Guid id)
    {
        await using var context = world.Db.NewContext();
        return await context.Themes.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Administrator_adds_a_theme_in_a_new_category_and_renames_it_with_keywords(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.AdminA);
        var taxonomy = world.Db.Get<ThemeTaxonomyService>();

        var added = await taxonomy.AddAsync(new NewThemeInput { CategoryName = "Children", Name = "Child witnesses", Keywords = "children present; witnessed" });
        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        var theme = await LoadAsync(world, added.Value);
        var renamed = await taxonomy.UpdateAsync(theme.Id, new UpdateThemeInput { Name = "Children in the household", Keywords = "child, children", Version = theme.Version });

        Assert.True(renamed.Succeeded, string.Join("; ", renamed.Errors));
        var saved = await LoadAsync(world, theme.Id);
        Assert.Equal(("Children in the household", "child, children"), (saved.Name, saved.Keywords));
        Assert.Contains("Children", await taxonomy.CategoriesAsync());
        await using var context = world.Db.NewContext();
        var audit = await context.AuditEntries.Where(a => a.EntityId == theme.Id.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditActions.Create, AuditActions.Update], audit.Select(a => a.Action));
        Assert.Equal("Name, Keywords", audit[1].Detail);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_theme_name_already_used_in_any_case_is_refused_naming_the_field(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.AdminA);

        var result = await world.Db.Get<ThemeTaxonomyService>().AddAsync(new NewThemeInput { CategoryName = "system", Name = "TRAINING" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(NewThemeInput.Name), error.Field);
        Assert.Contains("already has a theme called 'Training'", error.Message);
        await using var context = world.Db.NewContext();
        Assert.Equal(38, await context.Themes.CountAsync(t => t.PartnershipId == world.PartnershipA));
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.PanelMember)]
    [InlineData(Roles.AgencyLead)]
    public async Task Only_administrators_change_the_taxonomy(string role)
    {
        await using var world = await LearningWorld.CreateAsync(DatabaseProvider.Sqlite);
        var user = role switch
        {
            Roles.Coordinator => world.CoordinatorA,
            Roles.Manager => world.ManagerA,
            Roles.PanelMember => world.PanelMemberA,
            _ => world.AgencyLeadA,
        };
        world.Db.SignInAs(user);
        var taxonomy = world.Db.Get<ThemeTaxonomyService>();
        var training = await LoadAsync(world, await world.ThemeAsync("Training"));

        Assert.False((await taxonomy.AddAsync(new NewThemeInput { CategoryName = "System", Name = "New" })).Succeeded);
        Assert.False((await taxonomy.SetRetiredAsync(training.Id, true, training.Version)).Succeeded);
        Assert.Empty(await taxonomy.ListAsync());

        Assert.False((await LoadAsync(world, training.Id)).IsRetired);
        await using var context = world.Db.NewContext();
        Assert.Equal(2, await context.AuditEntries.CountAsync(a => a.EntityType == nameof(Theme) && a.Outcome == AuditOutcome.Denied));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Merging_into_itself_or_into_a_theme_already_merged_into_it_is_refused(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.AdminA);
        var taxonomy = world.Db.Get<ThemeTaxonomyService>();
        var enquiry = await LoadAsync(world, await world.ThemeAsync("Routine enquiry"));
        var curiosity = await LoadAsync(world, await world.ThemeAsync("Professional curiosity"));

        var self = await taxonomy.MergeAsync(enquiry.Id, new MergeThemesInput { TargetThemeId = enquiry.Id, Version = enquiry.Version });
        Assert.True((await taxonomy.MergeAsync(enquiry.Id, new MergeThemesInput { TargetThemeId = curiosity.Id, Version = enquiry.Version })).Succeeded);
        var cycle = await taxonomy.MergeAsync(curiosity.Id, new MergeThemesInput { TargetThemeId = enquiry.Id, Version = curiosity.Version });

        Assert.Equal(new FieldError(nameof(MergeThemesInput.TargetThemeId), "A theme cannot be merged into itself. Choose a different theme."), Assert.Single(self.Errors));
        var cycleError = Assert.Single(cycle.Errors);
        Assert.Equal(nameof(MergeThemesInput.TargetThemeId), cycleError.Field);
        Assert.Contains("would make a theme count under itself", cycleError.Message);
        Assert.Null((await LoadAsync(world, curiosity.Id)).MergedIntoThemeId);
        Assert.Equal(curiosity.Id, (await LoadAsync(world, enquiry.Id)).MergedIntoThemeId);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Merging_into_another_partnerships_theme_or_a_retired_theme_is_refused(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.AdminA);
        var taxonomy = world.Db.Get<ThemeTaxonomyService>();
        var enquiry = await LoadAsync(world, await world.ThemeAsync("Routine enquiry"));
        var training = await LoadAsync(world, await world.ThemeAsync("Training"));
        Assert.True((await taxonomy.SetRetiredAsync(training.Id, true, training.Version)).Succeeded);

        var other = await taxonomy.MergeAsync(enquiry.Id, new MergeThemesInput { TargetThemeId = await world.ThemeAsync("Training", world.PartnershipB), Version = enquiry.Version });
        var retired = await taxonomy.MergeAsync(enquiry.Id, new MergeThemesInput { TargetThemeId = training.Id, Version = enquiry.Version });
        var none = await taxonomy.MergeAsync(enquiry.Id, new MergeThemesInput { TargetThemeId = null, Version = enquiry.Version });

        Assert.Contains("this partnership's taxonomy", Assert.Single(other.Errors).Message);
        Assert.Contains("Choose an active theme", Assert.Single(retired.Errors).Message);
        Assert.Equal("Choose the theme to merge into.", Assert.Single(none.Errors).Message);
        Assert.All(other.Errors.Concat(retired.Errors).Concat(none.Errors), e => Assert.Equal(nameof(MergeThemesInput.TargetThemeId), e.Field));
        Assert.Null((await LoadAsync(world, enquiry.Id)).MergedIntoThemeId);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_rename_from_a_stale_version_is_a_conflict_and_the_newer_rename_stays(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.AdminA);
        var taxonomy = world.Db.Get<ThemeTaxonomyService>();
        var loaded = await LoadAsync(world, await world.ThemeAsync("Training"));

        Assert.True((await taxonomy.UpdateAsync(loaded.Id, new UpdateThemeInput { Name = "Training and development", Version = loaded.Version })).Succeeded);
        var stale = await taxonomy.UpdateAsync(loaded.Id, new UpdateThemeInput { Name = "Workforce training", Version = loaded.Version });

        Assert.Contains("Someone else changed this theme", Assert.Single(stale.Errors).Message);
        Assert.Equal("Training and development", (await LoadAsync(world, loaded.Id)).Name);
    }

    [Fact]
    public async Task Another_partnerships_theme_is_not_found()
    {
        await using var world = await LearningWorld.CreateAsync(DatabaseProvider.Sqlite);
        world.Db.SignInAs(world.AdminA);
        var theirs = await LoadAsync(world, await world.ThemeAsync("Training", world.PartnershipB));

        await Assert.ThrowsAsync<NotFoundException>(() =>
            world.Db.Get<ThemeTaxonomyService>().UpdateAsync(theirs.Id, new UpdateThemeInput { Name = "Mine now", Version = theirs.Version }));
        Assert.Equal("Training", (await LoadAsync(world, theirs.Id)).Name);
    }
}
