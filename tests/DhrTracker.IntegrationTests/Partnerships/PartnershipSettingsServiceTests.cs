using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Dashboard;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Partnerships;

public sealed class PartnershipSettingsServiceTests
{
    private static async Task<(TestDatabase Db, int PartnershipId, string Admin, Guid ReviewId)> SetupAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var id = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        await db.CreatePartnershipAsync("Partnership B", "B DHR");
        db.SignInAs(await db.CreateUserAsync(Roles.Coordinator, "Partnership A"));
        var review = await db.Get<ReviewService>().CreateAsync(new NewReviewInput
        {
            Reference = "A DHR1",
            DateOfDeath = new DateOnly(2026, 11, 1),
            DateNotified = new DateOnly(2026, 11, 2),
        });
        return (db, id, await db.CreateUserAsync(Roles.Administrator, "Partnership A"), review.Value);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Settings_changes_are_audited_with_old_and_new_values_and_leave_running_clocks_alone(DatabaseProvider provider)
    {
        var (db, partnershipId, admin, reviewId) = await SetupAsync(provider);
        await using var _ = db;
        db.SignInAs(admin);
        var settings = db.Get<PartnershipSettingsService>();
        var input = (await settings.GetAsync(partnershipId))!;
        input.ReviewTypeAbbreviation = "DARDR";
        input.AmberWindowDays = 10;
        input.HomeOfficeNotificationDays = 5;
        input.Section19CommencementDate = new DateOnly(2027, 4, 1);

        var result = await settings.UpdateAsync(input);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var context = db.NewContext();
        Assert.Equal(new DateOnly(2026, 12, 2), (await context.Reviews.SingleAsync(r => r.Id == reviewId)).ActiveDueDate);
        var row = await context.AuditEntries.SingleAsync(a => a.EntityType == nameof(Partnership) && a.Action == AuditActions.Update);
        Assert.Equal((admin, AuditOutcome.Succeeded,
                "ReviewTypeAbbreviation: DHR -> DARDR; Section19CommencementDate: (none) -> 1 Apr 2027; AmberWindowDays: 28 -> 10; HomeOfficeNotificationDays: 7 -> 5"),
            (row.UserId, row.Outcome, row.Detail));
        var stored = await context.Partnerships.SingleAsync(p => p.Id == partnershipId);
        Assert.Equal(("DARDR", 5, new DateOnly(2027, 4, 1)), (stored.ReviewTypeAbbreviation, stored.HomeOfficeNotificationDays, stored.Section19CommencementDate));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_amber_window_setting_changes_the_dashboard(DatabaseProvider provider)
    {
        var (db, partnershipId, admin, _) = await SetupAsync(provider);
        await using var _ = db;
        var coordinator = await db.CreateUserAsync(Roles.Coordinator, "Partnership A");
        db.SignInAs(coordinator);
        Assert.Equal(1, (await db.Get<DashboardService>().GetAsync()).AtRiskCount); // due 2 Dec, 6 days away

        db.SignInAs(admin);
        var input = (await db.Get<PartnershipSettingsService>().GetAsync(partnershipId))!;
        input.AmberWindowDays = 5;
        Assert.True((await db.Get<PartnershipSettingsService>().UpdateAsync(input)).Succeeded);

        db.SignInAs(coordinator);
        Assert.Equal(0, (await db.Get<DashboardService>().GetAsync()).AtRiskCount);
        Assert.Equal(1, (await db.Get<ReviewService>().ListAsync(new ReviewQuery(Rag: Rag.Green), new PageRequest())).TotalCount);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Out_of_range_settings_are_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        var (db, partnershipId, admin, _) = await SetupAsync(provider);
        await using var _ = db;
        db.SignInAs(admin);
        var input = (await db.Get<PartnershipSettingsService>().GetAsync(partnershipId))!;
        input.HomeOfficeNotificationDays = 91;
        input.Name = "Partnership B";

        var result = await db.Get<PartnershipSettingsService>().UpdateAsync(input);

        Assert.Equal((nameof(PartnershipSettingsInput.HomeOfficeNotificationDays), "Days to tell the Home Office must be between 0 and 90."),
            (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        await using var context = db.NewContext();
        Assert.Equal((7, "Partnership A"), (await context.Partnerships.SingleAsync(p => p.Id == partnershipId)) is var p ? (p.HomeOfficeNotificationDays, p.Name) : default);
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.PanelMember)]
    public async Task Only_administrators_change_settings(string role)
    {
        var (db, partnershipId, admin, _) = await SetupAsync(DatabaseProvider.Sqlite);
        await using var _ = db;
        db.SignInAs(admin);
        var input = (await db.Get<PartnershipSettingsService>().GetAsync(partnershipId))!;
        db.SignInAs(await db.CreateUserAsync(role, "Partnership A"));

        Assert.Null(await db.Get<PartnershipSettingsService>().GetAsync(partnershipId));
        Assert.Empty(await db.Get<PartnershipSettingsService>().ManageableAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => db.Get<PartnershipSettingsService>().UpdateAsync(input));
        await using var context = db.NewContext();
        var denials = await context.AuditEntries.Where(a => a.EntityType == nameof(Partnership)).OrderBy(a => a.Id).Select(a => new { a.Action, a.Outcome }).ToListAsync();
        Assert.Equal([(AuditActions.View, AuditOutcome.Denied), (AuditActions.Update, AuditOutcome.Denied)], denials.Select(d => (d.Action, d.Outcome)));
    }

    [Fact]
    public async Task An_administrator_of_one_partnership_cannot_change_another()
    {
        var (db, _, admin, _) = await SetupAsync(DatabaseProvider.Sqlite);
        await using var _ = db;
        db.SignInAs(admin);
        await using var context = db.NewContext();
        var other = await context.Partnerships.SingleAsync(p => p.Name == "Partnership B");

        Assert.Null(await db.Get<PartnershipSettingsService>().GetAsync(other.Id));
        Assert.Equal(["Partnership A"], (await db.Get<PartnershipSettingsService>().ManageableAsync()).Select(p => p.Name));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Settings_saved_on_a_stale_version_are_refused(DatabaseProvider provider)
    {
        var (db, partnershipId, admin, _) = await SetupAsync(provider);
        await using var _ = db;
        db.SignInAs(admin);
        var first = (await db.Get<PartnershipSettingsService>().GetAsync(partnershipId))!;
        var second = (await db.Get<PartnershipSettingsService>().GetAsync(partnershipId))!;
        first.AmberWindowDays = 14;
        second.AmberWindowDays = 21;

        Assert.True((await db.Get<PartnershipSettingsService>().UpdateAsync(first)).Succeeded);
        Assert.False((await db.Get<PartnershipSettingsService>().UpdateAsync(second)).Succeeded);

        await using var context = db.NewContext();
        Assert.Equal(14, (await context.Partnerships.SingleAsync(p => p.Id == partnershipId)).AmberWindowDays);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_briefing_settings_are_saved_trimmed_and_audited_without_the_background_text(DatabaseProvider provider)
    {
        var (db, partnershipId, admin, _) = await SetupAsync(provider);
        await using var _ = db;
        db.SignInAs(admin);
        var settings = db.Get<PartnershipSettingsService>();
        var input = (await settings.GetAsync(partnershipId))!;
        Assert.Equal((null, null, null), (input.AreaName, input.BriefingBackground, input.SmallNumberThreshold));
        input.AreaName = "  Exampleshire ";
        input.BriefingBackground = " Our partnership reviews every death. ";
        input.SmallNumberThreshold = 5;

        Assert.True((await settings.UpdateAsync(input)).Succeeded);
        var saved = (await settings.GetAsync(partnershipId))!;
        saved.AreaName = " ";
        saved.SmallNumberThreshold = null;
        Assert.True((await settings.UpdateAsync(saved)).Succeeded);

        await using var context = db.NewContext();
        var stored = await context.Partnerships.SingleAsync(p => p.Id == partnershipId);
        Assert.Equal((null, "Our partnership reviews every death.", null), (stored.AreaName, stored.BriefingBackground, stored.SmallNumberThreshold));
        var rows = await context.AuditEntries.Where(a => a.EntityType == nameof(Partnership) && a.Action == AuditActions.Update).OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync();
        Assert.Equal(
            [
                "AreaName: (none) -> Exampleshire; BriefingBackground: (statutory text) -> own text of 36 characters; SmallNumberThreshold: (none) -> 5",
                "AreaName: Exampleshire -> (none); SmallNumberThreshold: 5 -> (none)",
            ],
            rows);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_small_number_threshold_of_1_is_refused_by_name_and_nothing_is_saved(DatabaseProvider provider)
    {
        var (db, partnershipId, admin, _) = await SetupAsync(provider);
        await using var _ = db;
        db.SignInAs(admin);
        var input = (await db.Get<PartnershipSettingsService>().GetAsync(partnershipId))!;
        input.SmallNumberThreshold = 1;
        input.AreaName = "Exampleshire";

        var result = await db.Get<PartnershipSettingsService>().UpdateAsync(input);

        Assert.Equal((nameof(PartnershipSettingsInput.SmallNumberThreshold), "Small-number threshold must be empty or a whole number between 2 and 20."),
            (Assert.Single(result.Errors).Field, result.Errors[0].Message));
        await using var context = db.NewContext();
        var stored = await context.Partnerships.SingleAsync(p => p.Id == partnershipId);
        Assert.Equal((null, null), (stored.AreaName, stored.SmallNumberThreshold));
    }
}
