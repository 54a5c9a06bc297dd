using DhrTracker.Core.Audit;
using DhrTracker.Core.Import;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>Issue 11: only the partnership's Coordinators (and the installation's command, naming it) import; every refusal is audited.</summary>
public sealed class ImportAccessTests(ImportWorlds worlds)
{
    private const string Good = "reviews/01-good-mixed-decisions.csv";

    public static TheoryData<DatabaseProvider, Caller> Refused()
    {
        var data = new TheoryData<DatabaseProvider, Caller>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            foreach (var caller in new[] { Caller.PanelMember, Caller.PanelChair, Caller.Manager, Caller.AgencyLead, Caller.Administrator, Caller.OtherPartnershipCoordinator })
            {
                data.Add(provider, caller);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Refused))]
    public async Task Anyone_but_the_partnerships_coordinator_is_refused_audited_as_denied_and_nothing_is_written(DatabaseProvider provider, Caller caller)
    {
        await using var world = await worlds.NewAsync(provider);
        world.SignInAs(caller);
        var imports = world.Db.Get<ImportService>();
        var rows = await ImportChecks.CaseRowsAsync(world.Db);
        var sequence = await ImportChecks.LastAuditSequenceAsync(world.Db);

        // Partnership A named outright, so a coordinator of B cannot slip through by importing into "their own".
        var request = ImportFiles.Corpus(Good) with { PartnershipId = world.PartnershipA };
        var preview = await imports.PreviewAsync(request);
        var import = await imports.ImportAsync(request);

        Assert.False(preview.Succeeded);
        Assert.False(import.Succeeded);
        Assert.Equal(rows, await ImportChecks.CaseRowsAsync(world.Db));
        var audit = await ImportChecks.AuditSinceAsync(world.Db, sequence);
        Assert.Equal([(AuditActions.ImportPreview, AuditOutcome.Denied), (AuditActions.Import, AuditOutcome.Denied)], audit.Select(a => (a.Action, a.Outcome)));
        Assert.All(audit, a => Assert.Equal((world[caller], "01-good-mixed-decisions.csv"), (a.UserId, a.EntityId)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_coordinator_cannot_import_into_another_partnership(DatabaseProvider provider)
    {
        await using var world = await worlds.NewAsync(provider);
        var rows = await ImportChecks.CaseRowsAsync(world.Db);

        var import = await world.Db.Get<ImportService>().ImportAsync(ImportFiles.Corpus(Good) with { PartnershipId = world.PartnershipB });

        Assert.False(import.Succeeded);
        Assert.Equal(rows, await ImportChecks.CaseRowsAsync(world.Db));
        await using var context = world.Db.NewContext();
        Assert.Equal(AuditOutcome.Denied, (await context.AuditEntries.SingleAsync(a => a.Action == AuditActions.Import)).Outcome);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_installation_must_name_the_partnership_and_then_imports_into_it(DatabaseProvider provider)
    {
        await using var world = await worlds.NewAsync(provider);
        var imports = world.Db.AsInstallation<ImportService>();

        var unnamed = await imports.ImportAsync(ImportFiles.Corpus(Good));
        var named = await imports.ImportAsync(ImportFiles.Corpus(Good) with { PartnershipId = world.PartnershipB });

        Assert.Equal("Name the partnership to import into.", Assert.Single(unnamed.Errors).Message);
        Assert.True(ImportChecks.Ok(named).Written);
        await using var context = world.Db.NewContext();
        Assert.Equal(4, await context.Reviews.CountAsync(r => r.PartnershipId == world.PartnershipB && r.Reference.StartsWith("Northbridge")));
        Assert.Equal(0, await context.Reviews.CountAsync(r => r.PartnershipId == world.PartnershipA && r.Reference.StartsWith("Northbridge")));
    }
}
