using DhrTracker.Core.Analytics;
using DhrTracker.Core.Audit;
using DhrTracker.Core.National;
using DhrTracker.Core.People;
using DhrTracker.IntegrationTests.National;

namespace DhrTracker.IntegrationTests.Analytics;

/// <summary>Each series on <see cref="AnalyticsWorld"/>'s register, whose counts are worked out by hand in its remarks.</summary>
public sealed class AnalyticsServiceTests
{
    private static async Task<AnalyticsReport> ReportAsync(AnalyticsWorld world, string user, AnalyticsQuery? query = null)
    {
        world.Db.SignInAs(user);
        var result = await world.Db.Get<AnalyticsService>().GetAsync(query ?? AnalyticsQuery.AllTime);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    /// <summary>A series as (label, values) lines, so a whole table is compared at once.</summary>
    private static string[] Lines(AnalyticsSeries series) =>
        series.Rows.Select(r => r.Label + ": " + string.Join(", ", r.Values.Select(AnalyticsCsv.Number))).ToArray();

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Reviews_are_counted_per_year_notified_and_per_year_completed(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        var report = await ReportAsync(world, world.Coordinator);

        Assert.True(report.PartnershipWide);
        Assert.Equal((6, 4), (report.ReviewsNotified, report.ReviewsHeld));
        Assert.Equal(["2024: 2, 0", "2025: 2, 1", "2026: 2, 1"], Lines(report[SeriesKeys.ReviewsPerYear]));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Held_reviews_are_counted_by_category_and_their_victims_by_age_band_and_sex(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        var report = await ReportAsync(world, world.Manager);

        Assert.Equal(["Partner: 1", "Familial: 1", "Household: 1", "Other: 0", "Not recorded: 1"], Lines(report[SeriesKeys.Categories]));
        Assert.Equal(["16-19: 1", "20-24: 0", "25-34: 1", "35-44: 0", "45-54: 1", "55-64: 0", "65+: 1"], Lines(report[SeriesKeys.VictimAgeBands]));
        Assert.Equal(["Female: 3", "Male: 1", "Other: 0", "Not known: 0"], Lines(report[SeriesKeys.VictimSex]));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Other_non_relatives_are_other_and_suicide_can_be_counted_as_its_own_category(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        // R7 a friend (other non-relative); R8 a partner who died by suicide; R9 a suicide with no relationship recorded yet;
        // R10 an unexpected death of a partner, which stays a partner review.
        await world.AddHeldReviewAsync(new(2026, 6, 1), RelationshipKind.OtherNonRelative, DeathType.Homicide);
        await world.AddHeldReviewAsync(new(2026, 6, 2), RelationshipKind.Partner, DeathType.Suicide);
        await world.AddHeldReviewAsync(new(2026, 6, 3), null, DeathType.Suicide);
        await world.AddHeldReviewAsync(new(2026, 6, 4), RelationshipKind.Partner, DeathType.UnexpectedDeath);

        var byRelationship = (await ReportAsync(world, world.Coordinator))[SeriesKeys.Categories];
        var suicideSeparate = (await ReportAsync(world, world.Coordinator, new AnalyticsQuery { SuicideSeparate = true }))[SeriesKeys.Categories];

        Assert.Equal(["Partner: 3", "Familial: 1", "Household: 1", "Other: 1", "Not recorded: 2"], Lines(byRelationship));
        Assert.Equal(["Partner: 2", "Familial: 1", "Household: 1", "Other: 1", "Suicide: 2", "Not recorded: 1"], Lines(suicideSeparate));
        Assert.Contains("counted as \"Suicide\" instead", suicideSeparate.Counts);
    }

    /// <summary>A comparison row's values (local count, base and %, national count, base and %), the national side from the shipped files' counts.</summary>
    private static decimal?[] Beside(int local, int localBase, decimal localPercent, (int Count, int Base) national) =>
        [local, localBase, localPercent, national.Count, national.Base, Math.Round(100m * national.Count / national.Base, 1, MidpointRounding.AwayFromZero)];

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task With_national_data_loaded_held_reviews_sit_beside_the_national_shares_from_the_files_with_each_base(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        world.Db.SignInAs(world.Administrator);
        Assert.True((await world.Db.Get<NationalDataService>().LoadShippedAsync()).Succeeded);

        // Circumstances recorded for R1 (coercive control) and R2 (none), as an import or the form leaves them; R3 and R6 have none.
        await using (var c = world.Db.NewContext())
        {
            async Task<Guid> Id(string reference) =>
                await c.Reviews.Where(r => r.PartnershipId == world.PartnershipA && r.Reference == reference).Select(r => r.Id).SingleAsync();
            c.Circumstances.AddRange(new Circumstances { ReviewId = await Id("DHR1"), CoerciveControl = true }, new Circumstances { ReviewId = await Id("DHR2") });
            await c.SaveChangesAsync();
        }

        var series = (await ReportAsync(world, world.Coordinator))[SeriesKeys.National];

        Assert.Equal(["Local", "Local base", "Local %", "National", "National base", "National %"], series.Columns);
        var rows = series.Rows.ToDictionary(r => r.Label, r => r.Values);
        // Held: R1 (partner; female 34), R2 (familial; female 70, male 19), R3 (household; female 45), R6 (no people): 3 reviews with a category.
        Assert.Equal(Beside(1, 3, 33.3m, DhrdFolder.IncidentFlag("intimate_partner_violence")), rows["Category: Partner"]);
        Assert.Equal(Beside(1, 3, 33.3m, DhrdFolder.IncidentFlag("familial_homicide")), rows["Category: Familial"]);
        Assert.Equal<decimal?>([1, 3, 33.3m, null, null, null], rows["Category: Household"]);
        Assert.Equal(Beside(1, 2, 50.0m, DhrdFolder.IncidentFlag("coercive_control")), rows["Abuse: Coercive control"]);
        Assert.Equal(Beside(0, 2, 0m, DhrdFolder.IncidentFlag("physical_abuse")), rows["Abuse: Physical abuse"]);
        Assert.Equal(Beside(3, 4, 75.0m, DhrdFolder.VictimValue("sex_of_victim", "Female")), rows["Victim sex: Female"]);
        Assert.Equal(Beside(1, 4, 25.0m, DhrdFolder.VictimValue("sex_of_victim", "Male")), rows["Victim sex: Male"]);
        Assert.Equal(Beside(1, 4, 25.0m, DhrdFolder.VictimValue("age_at_death", "16-19")), rows["Victim age band: 16-19"]);
        Assert.Equal(Beside(0, 4, 0m, DhrdFolder.VictimValue("age_at_death", "55-64")), rows["Victim age band: 55-64"]);

        // Two national shares as worked out by hand from the files once: 487 of 647 incidents (75.3%), 469 of 614 victims of known sex.
        Assert.Equal<decimal?>([487m, 647m, 75.3m], rows["Category: Partner"].Skip(3));
        Assert.Equal<decimal?>([469m, 614m], rows["Victim sex: Female"].Skip(3).Take(2));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Top_themes_count_reviews_per_year_once_each_with_merged_themes_under_their_target(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        var series = (await ReportAsync(world, world.Coordinator))[SeriesKeys.ThemesOverTime];

        Assert.Equal(["Professional curiosity", "Coercive control", "MARAC"], series.Columns);
        Assert.Equal(["2024: 2, 2, 0", "2025: 1, 0, 1", "2026: 0, 0, 0"], Lines(series));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Findings_are_counted_by_register_agency_and_by_type(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        var report = await ReportAsync(world, world.Coordinator);

        Assert.Equal(["Not recorded: 2", "Police: 2", "Housing: 1"], Lines(report[SeriesKeys.FindingsByAgency]));
        Assert.Equal(["Missed opportunity: 2", "Area for improvement: 1", "Good practice: 1", "Other learning: 1"],
            Lines(report[SeriesKeys.FindingsByType]));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Actions_by_agency_leave_cancelled_out_and_count_complete_but_unsigned_as_open_not_overdue(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        var series = (await ReportAsync(world, world.Coordinator))[SeriesKeys.ActionsByAgency];

        Assert.Equal(["Actions", "Signed off", "Open", "Overdue"], series.Columns);
        Assert.Equal(["Housing: 2, 0, 2, 1", "Police: 2, 1, 1, 0"], Lines(series));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Time_to_each_stage_gives_median_and_longest_days_and_counts_within_and_beyond_the_statutory_clock(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        var series = (await ReportAsync(world, world.Coordinator))[SeriesKeys.TimeToStage];

        Assert.Equal(["Median days", "Longest days", "Reviews", "Within clock", "Beyond clock"], series.Columns);
        // Decisions after 9, 16, 19, 22 and 46 days (only 46 beyond 1 month); QA after 175 and 254 (254 beyond 6 months of
        // the decision); completion after 328 and 466, with no clock.
        Assert.Equal(["Decision: 19, 46, 5, 4, 1", "Submitted to Home Office QA: 214.5, 254, 2, 1, 1", "Completed: 397, 466, 2, , "],
            Lines(series));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_period_counts_only_reviews_notified_within_it(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        var report = await ReportAsync(world, world.Coordinator, new AnalyticsQuery { From = new(2025, 1, 1), To = new(2025, 9, 1) });

        Assert.Equal((2, 1), (report.ReviewsNotified, report.ReviewsHeld));
        Assert.Equal(["2025: 2, 0"], Lines(report[SeriesKeys.ReviewsPerYear]));
        Assert.Equal(["Partner: 0", "Familial: 0", "Household: 1", "Other: 0"], Lines(report[SeriesKeys.Categories]));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_period_ending_before_it_starts_is_refused_naming_the_end(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        world.Db.SignInAs(world.Coordinator);

        var result = await world.Db.Get<AnalyticsService>().GetAsync(new AnalyticsQuery { From = new(2025, 6, 1), To = new(2025, 5, 31) });

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(AnalyticsQuery.To), AnalyticsQueryValidator.EndBeforeStart), (error.Field, error.Message));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_members_analytics_count_only_the_reviews_they_sit_on(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        var report = await ReportAsync(world, world.PanelMember);

        Assert.False(report.PartnershipWide);
        Assert.Equal((1, 1), (report.ReviewsNotified, report.ReviewsHeld));
        Assert.Equal(["2025: 1, 0"], Lines(report[SeriesKeys.ReviewsPerYear]));
        Assert.Equal(["Partner: 0", "Familial: 0", "Household: 1", "Other: 0"], Lines(report[SeriesKeys.Categories]));
        Assert.Equal(["Female: 1", "Male: 0", "Other: 0", "Not known: 0"], Lines(report[SeriesKeys.VictimSex]));
        Assert.Equal(["Not recorded: 1"], Lines(report[SeriesKeys.FindingsByAgency]));
        Assert.Equal(["Housing: 1, 0, 1, 0"], Lines(report[SeriesKeys.ActionsByAgency]));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_lead_and_an_administrator_are_refused_and_the_refusal_is_audited(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        foreach (var user in new[] { world.AgencyLead, world.Administrator })
        {
            world.Db.SignInAs(user);
            var result = await world.Db.Get<AnalyticsService>().GetAsync(AnalyticsQuery.AllTime);

            Assert.False(result.Succeeded);
            Assert.Null(result.Value);
            await using var c = world.Db.NewContext();
            Assert.Equal(AuditOutcome.Denied, await c.AuditEntries.Where(a => a.UserId == user && a.EntityType == "Analytics")
                .Select(a => a.Outcome).SingleAsync());
        }
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_call_leaves_one_list_row_with_its_period(DatabaseProvider provider)
    {
        await using var world = await AnalyticsWorld.CreateAsync(provider);
        await ReportAsync(world, world.Manager, new AnalyticsQuery { From = new(2025, 1, 1) });

        await using var c = world.Db.NewContext();
        var row = await c.AuditEntries.SingleAsync(a => a.UserId == world.Manager && a.EntityType == "Analytics");
        Assert.Equal((AuditActions.List, AuditOutcome.Succeeded, "From 1 Jan 2025"), (row.Action, row.Outcome, row.Detail));
    }
}
