using DhrTracker.Core.Actions;
using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>
/// Issue 11: an imported complete action was signed off before the product, so it counts as done on the
/// actions dashboard; the import cannot sign off live work, so the sign-off rule is not bypassed.
/// </summary>
public sealed class ImportedActionTests(ImportWorlds worlds)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_imported_complete_action_counts_as_done_on_the_dashboard_and_awaits_no_sign_off(DatabaseProvider provider)
    {
        var file = CorpusFile.Load("actions/01-good-plan.csv");
        await using var world = await worlds.NewAsync(provider, file.Expected.Existing);
        var dashboard = world.Db.Get<ActionDashboardService>();
        var before = (await dashboard.SummaryAsync()).Agencies.ToDictionary(a => a.Agency);

        Assert.True(ImportChecks.Ok(await world.Db.Get<ImportService>().ImportAsync(file.Request())).Written);

        var after = await dashboard.SummaryAsync();
        var police = after.Agencies.Single(a => a.Agency == "Police");
        var housing = after.Agencies.Single(a => a.Agency == "Housing");
        var gp = after.Agencies.Single(a => a.Agency == "GP");
        Assert.Equal((before["Police"].Actions + 1, before["Police"].SignedOff + 1, before["Police"].AwaitingSignOff), (police.Actions, police.SignedOff, police.AwaitingSignOff));
        Assert.Equal((before["Housing"].Actions + 1, before["Housing"].SignedOff + 1, before["Housing"].AwaitingSignOff), (housing.Actions, housing.SignedOff, housing.AwaitingSignOff));
        Assert.Equal((1, 0, 0), (gp.Actions, gp.SignedOff, gp.AwaitingSignOff));
        Assert.DoesNotContain(after.Agencies, a => a.Agency == "Adult social care" && a.Actions > 0);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_import_cannot_sign_off_live_work(DatabaseProvider provider)
    {
        await using var world = await worlds.NewAsync(provider);
        var imports = world.Db.Get<ImportService>();
        var live = await ActionAsync(world, world.A1.DoneAction);
        Assert.Equal((ActionStatus.Complete, null, false), (live.Status, live.SignedOffUtc, live.SignedOffBeforeImport));
        var awaiting = (await world.Db.Get<ActionDashboardService>().SummaryAsync()).AwaitingSignOff;

        // A DHR1's recommendation 1 holds the live action that awaits a manager's sign-off: the import may not add to it.
        var onLivePlan = ImportChecks.Ok(await imports.ImportAsync(ImportFiles.Actions("plan.csv",
            "A DHR1,1,Agencies should review how risk is assessed after a reported assault.,multi_agency,Revise the risk assessment guidance and train front-line staff.,Police,Head of Safeguarding,2027-03-31,complete,2026-11-20,Signed off here by the import.")));
        var alongside = ImportChecks.Ok(await imports.ImportAsync(ImportFiles.Actions("plan.csv",
            "A DHR1,2,Police publish their response times.,single,Publish response times quarterly.,Police,Performance lead,2026-06-30,complete,2026-06-01,Published since June.")));

        Assert.True(new ExpectedProblem("2", "recommendation_number", "1", "already on").Matches(Assert.Single(onLivePlan.Errors)), onLivePlan.Errors[0].ToString());
        Assert.True(alongside.Written, string.Join("; ", alongside.Errors));
        Assert.Equal(live, await ActionAsync(world, world.A1.DoneAction));
        await using var context = world.Db.NewContext();
        var imported = await context.Actions.Where(a => a.ReviewId == world.A1.ReviewId && a.Recommendation!.Number == 2).SingleAsync();
        Assert.True(imported.SignedOffBeforeImport);
        Assert.Equal(1, await context.Actions.CountAsync(a => a.SignedOffBeforeImport));
        Assert.Equal(awaiting, (await world.Db.Get<ActionDashboardService>().SummaryAsync()).AwaitingSignOff);
    }

    private static async Task<(ActionStatus Status, DateTime? SignedOffUtc, bool SignedOffBeforeImport)> ActionAsync(TestWorld world, Guid id)
    {
        await using var context = world.Db.NewContext();
        var a = await context.Actions.AsNoTracking().SingleAsync(x => x.Id == id);
        return (a.Status, a.SignedOffUtc, a.SignedOffBeforeImport);
    }
}
