using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;

namespace DhrTracker.IntegrationTests.Retention;

/// <summary>R21 "per-partnership config": the retention period is a partnership setting, 15 years unless changed.</summary>
public sealed class RetentionPeriodSettingTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task R21_an_administrator_sets_the_retention_period_in_whole_years_and_the_change_is_audited(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var id = await db.CreatePartnershipAsync("Partnership A", "A DHR");
        db.SignInAs(await db.CreateUserAsync(Roles.Administrator, "Partnership A"));
        var settings = db.Get<PartnershipSettingsService>();
        var input = (await settings.GetAsync(id))!;
        Assert.Equal(Partnership.DefaultRetentionYears, input.RetentionYears);

        input.RetentionYears = 0;
        var tooShort = await settings.UpdateAsync(input);
        input.RetentionYears = 101;
        var tooLong = await settings.UpdateAsync(input);
        input.RetentionYears = 25;
        var saved = await settings.UpdateAsync(input);

        foreach (var refused in new[] { tooShort, tooLong })
        {
            var error = Assert.Single(refused.Errors);
            Assert.Equal((nameof(PartnershipSettingsInput.RetentionYears), "Retention period must be a whole number of years between 1 and 100."),
                (error.Field, error.Message));
        }

        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        Assert.Equal(25, (await settings.GetAsync(id))!.RetentionYears);
        await using var context = db.NewContext();
        var row = await context.AuditEntries.SingleAsync(a => a.EntityType == nameof(Partnership) && a.Action == AuditActions.Update);
        Assert.Equal("RetentionYears: 15 -> 25", row.Detail);
    }
}
