using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.IntegrationTests.Findings;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>
/// R3 and R15: a review's Audit tab reaches its partnership's Coordinators only. Whoever cannot see the
/// review is told it is not found; whoever can see it but is not its Coordinator is refused. Both are audited as denied.
/// </summary>
public sealed class AuditReaderAccessTests
{
    public enum Expect { Allowed, Refused, NotFound }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Review_audit_tab_by_role(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var db = world.Db;
        var seated = await db.CreateUserAsync(Roles.PanelMember, "Partnership A");
        await CaseFile.SeatAsync(db, world.ReviewA1, seated);
        await AuditTrailWriter.WriteAsync(db, world.PanelMemberA, world.PartnershipA, AuditActions.Update, "Finding", "f1", world.ReviewA1,
            detail: "Narrative", changes: """{"Narrative":["Synthetic before","Synthetic after"]}""");
        (string Who, string UserId, Expect Expected)[] table =
        [
            ("Coordinator", world.CoordinatorA, Expect.Allowed),
            ("Manager", world.ManagerA, Expect.Refused),
            ("Panel member on the review", seated, Expect.Refused),
            ("Panel member elsewhere", world.PanelMemberA, Expect.NotFound),
            ("Agency lead", world.AgencyLeadA, Expect.NotFound),
            ("Administrator", world.AdminA, Expect.NotFound),
            ("Other partnership's coordinator", world.CoordinatorB, Expect.NotFound),
        ];

        foreach (var (who, userId, expected) in table)
        {
            db.SignInAs(userId);
            var reader = db.Get<AuditReader>();
            if (expected == Expect.NotFound)
            {
                await Assert.ThrowsAsync<NotFoundException>(() => reader.ReviewTrailAsync(world.ReviewA1, new AuditSearch(), new PageRequest()));
            }
            else
            {
                var result = await reader.ReviewTrailAsync(world.ReviewA1, new AuditSearch(), new PageRequest());
                Assert.True(expected == Expect.Allowed == result.Succeeded, who);
                Assert.True(expected == Expect.Allowed
                    ? result.Value!.Items.Any(r => r.Changes.Any(c => c.After == "Synthetic after"))
                    : Assert.Single(result.Errors).Message == AuditReader.NotCoordinator, who);
            }

            await using var context = db.NewContext();
            var read = await context.AuditEntries.Where(a => a.UserId == userId && a.EntityType == AuditLabels.TrailEntity).SingleAsync();
            Assert.Equal((AuditActions.View, world.ReviewA1.ToString(), world.ReviewA1), (read.Action, read.EntityId, read.ReviewId!.Value));
            Assert.True((expected == Expect.Allowed ? AuditOutcome.Succeeded : AuditOutcome.Denied) == read.Outcome, who);
        }
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_administrators_search_or_export_the_trail_and_refusals_are_audited(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        foreach (var userId in new[] { world.CoordinatorA, world.ManagerA, world.PanelMemberA, world.AgencyLeadA })
        {
            world.Db.SignInAs(userId);
            var reader = world.Db.Get<AuditReader>();

            var search = await reader.SearchAsync(new AuditSearch(), new PageRequest());
            var export = await reader.ExportCsvAsync(new AuditSearch());

            Assert.Equal(AuditReader.NotAdministrator, Assert.Single(search.Errors).Message);
            Assert.Equal(AuditReader.NotAdministrator, Assert.Single(export.Errors).Message);
            await using var context = world.Db.NewContext();
            var denied = await context.AuditEntries.Where(a => a.UserId == userId && a.EntityType == AuditLabels.TrailEntity)
                .OrderBy(a => a.Id).Select(a => new { a.Action, a.Outcome }).ToListAsync();
            Assert.Equal([("List", AuditOutcome.Denied), ("Export", AuditOutcome.Denied)], denied.Select(d => (d.Action, d.Outcome)));
        }
    }
}
