using System.Text;
using System.Text.Json;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.IntegrationTests.Findings;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>
/// R15 / R3: Administrators search and export the trail's metadata, never the values of a change
/// (case content). A partnership's Administrator sees their partnership's entries and its accounts'
/// events; an installation-wide Administrator sees every entry.
/// </summary>
public sealed class AuditSearchTests
{
    private const string CaseText = "Synthetic narrative the administrator must never see";

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_partnerships_administrator_searches_its_entries_and_never_sees_values(DatabaseProvider provider)
    {
        await using var world = await SeededAsync(provider);
        var db = world.Db;
        db.SignInAs(world.AdminA);

        var result = await db.Get<AuditReader>().SearchAsync(new AuditSearch(), new PageRequest(0, 100));

        var rows = result.Value!.Items;
        Assert.Contains(rows, r => r.EntityId == "finding-a" && r.ReviewReference == "A DHR1" && r.What == "Changed finding" && r.Detail == "Narrative");
        Assert.Contains(rows, r => r.Action == AuditActions.SignIn && r.EntityId == world.CoordinatorA);
        Assert.Contains(rows, r => r.EntityId == "by-command-on-A");
        Assert.DoesNotContain(rows, r => r.EntityId is "finding-b" or "by-command-on-B");
        Assert.DoesNotContain(rows, r => r.EntityId == world.CoordinatorB);
        Assert.DoesNotContain(CaseText, JsonSerializer.Serialize(rows));
        Assert.DoesNotContain(typeof(AuditSearchRow).GetProperties(), p => p.PropertyType == typeof(IReadOnlyList<AuditFieldChange>));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_installation_wide_administrator_searches_every_partnership_by_reference_and_user(DatabaseProvider provider)
    {
        await using var world = await SeededAsync(provider);
        var db = world.Db;
        var installationAdmin = await db.CreateUserAsync(Roles.Administrator, null);
        var emails = await AuditReaderTests.EmailsAsync(db);
        db.SignInAs(installationAdmin);
        var reader = db.Get<AuditReader>();

        var all = (await reader.SearchAsync(new AuditSearch(), new PageRequest(0, 100))).Value!;
        var reviewB = (await reader.SearchAsync(new AuditSearch { ReviewReference = "B DHR1", Action = AuditActions.Update }, new PageRequest())).Value!;
        var byCoordinatorB = (await reader.SearchAsync(new AuditSearch { UserEmail = emails[world.CoordinatorB] }, new PageRequest())).Value!;

        Assert.Contains(all.Items, r => r.EntityId == "finding-a");
        Assert.Contains(all.Items, r => r.EntityId == "finding-b");
        Assert.Equal(["by-command-on-B", "finding-b"], reviewB.Items.Select(r => r.EntityId).Order(StringComparer.Ordinal));
        Assert.Contains(byCoordinatorB.Items, r => r.EntityId == "finding-b");
        Assert.DoesNotContain(byCoordinatorB.Items, r => r.EntityId == "finding-a");
        Assert.DoesNotContain(CaseText, JsonSerializer.Serialize(all.Items));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_csv_export_holds_the_same_metadata_and_is_itself_audited(DatabaseProvider provider)
    {
        await using var world = await SeededAsync(provider);
        var db = world.Db;
        db.SignInAs(world.AdminA);
        var search = new AuditSearch { ReviewReference = "A DHR1", Action = AuditActions.Update };

        var export = (await db.Get<AuditReader>().ExportCsvAsync(search)).Value!;
        using var buffer = new MemoryStream();
        await export.WriteAsync(buffer, TestContext.Current.CancellationToken);
        var csv = Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF');

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("When (UK time),When (UTC),Who,Email,Roles,What,Action,Record type,Record id,Review reference,Outcome", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("finding-a", StringComparison.Ordinal) && l.Contains("Changed finding", StringComparison.Ordinal));
        Assert.DoesNotContain(CaseText, csv);
        Assert.Equal("audit-trail-2026-11-26.csv", export.FileName);
        await using var context = db.NewContext();
        var audited = await context.AuditEntries.SingleAsync(a => a.UserId == world.AdminA && a.Action == "Export");
        Assert.Equal((AuditLabels.TrailEntity, AuditOutcome.Succeeded), (audited.EntityType, audited.Outcome));
        Assert.Equal("CSV, 2 entries; reference=A DHR1, action=Update", audited.Detail);
    }

    /// <summary>A change with values on a review of each partnership, a command entry on each, and a sign-in of each coordinator.</summary>
    private static async Task<LearningWorld> SeededAsync(DatabaseProvider provider)
    {
        var world = await LearningWorld.CreateAsync(provider);
        var db = world.Db;
        var values = JsonSerializer.Serialize(new Dictionary<string, string[]> { ["Narrative"] = ["Earlier text", CaseText] });
        await AuditTrailWriter.WriteAsync(db, world.PanelMemberA, world.PartnershipA, AuditActions.Update, "Finding", "finding-a", world.ReviewA1,
            detail: "Narrative", changes: values);
        await AuditTrailWriter.WriteAsync(db, world.CoordinatorB, world.PartnershipB, AuditActions.Update, "Finding", "finding-b", world.ReviewB1,
            detail: "Narrative", changes: values);
        await AuditTrailWriter.WriteAsync(db, DhrCommandIdentity.UserId, null, AuditActions.Update, "Review", "by-command-on-A", world.ReviewA1);
        await AuditTrailWriter.WriteAsync(db, DhrCommandIdentity.UserId, null, AuditActions.Update, "Review", "by-command-on-B", world.ReviewB1);
        foreach (var coordinator in new[] { world.CoordinatorA, world.CoordinatorB })
        {
            // As SignInAudit writes them: by the account itself, with no partnership.
            await AuditTrailWriter.WriteAsync(db, coordinator, null, AuditActions.SignIn, AuditLabels.AccountEntity, coordinator);
        }

        return world;
    }
}
