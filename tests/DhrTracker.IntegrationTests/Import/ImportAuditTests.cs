using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Import;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Import;

/// <summary>Issue 11 audit: one entry per import (who, file name, counts), plus the created records' own entries.</summary>
public sealed class ImportAuditTests(ImportWorlds worlds)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_import_writes_one_import_entry_naming_the_file_and_counts_and_one_create_entry_per_review(DatabaseProvider provider)
    {
        await using var world = await worlds.NewAsync(provider);
        var sequence = await ImportChecks.LastAuditSequenceAsync(world.Db);

        var report = ImportChecks.Ok(await world.Db.Get<ImportService>().ImportAsync(ImportFiles.Corpus("reviews/01-good-mixed-decisions.csv")));

        Assert.True(report.Written);
        var audit = await ImportChecks.AuditSinceAsync(world.Db, sequence);
        var import = Assert.Single(audit, a => a.Action == AuditActions.Import);
        Assert.Equal((world.Coordinator, ImportService.Entity, AuditOutcome.Succeeded), (import.UserId, import.EntityType, import.Outcome));
        Assert.Contains("01-good-mixed-decisions.csv", import.EntityId + " " + import.Detail, StringComparison.Ordinal);
        Assert.Contains("4 reviews", import.Detail, StringComparison.Ordinal);
        Assert.Contains("5 victims", import.Detail, StringComparison.Ordinal);
        await using var context = world.Db.NewContext();
        var references = await context.Reviews.Where(r => r.PartnershipId == world.PartnershipA && r.Reference.StartsWith("Northbridge"))
            .ToDictionaryAsync(r => r.Id, r => r.Reference);
        var created = references.Keys.ToList();
        var creates = audit.Where(a => a.Action == AuditActions.Create && a.EntityType == nameof(Review)).ToList();
        Assert.Equal(created.Order(), creates.Select(a => a.ReviewId!.Value).Order());
        // Each change set is stored against its own entry (the import writes both and links them by the entry's new key).
        Assert.All(creates, a => Assert.Contains($"\"Reference\":[null,\"{references[a.ReviewId!.Value]}\"]", a.ChangeSet!.Values, StringComparison.Ordinal));

        // Each review's Create row holds what was created with it: every victim (pseudonym, age, sex) and relationship.
        var values = creates.Select(a => a.ChangeSet!.Values).ToList();
        Assert.Equal(5, values.Sum(v => Count(v, ": Pseudonym\"")) - creates.Count); // the perpetrator's pseudonym too, once per review
        Assert.Equal(5, values.Sum(v => Count(v, ": Relationship\"")));
        Assert.Equal(5, values.Sum(v => Count(v, ": AgeAtDeath\"")));
        Assert.All(audit.Where(a => a.Action == AuditActions.Create), a => Assert.Contains(a.ReviewId!.Value, created));
        Assert.All(audit, a => Assert.Equal((world.Coordinator, AuditOutcome.Succeeded), (a.UserId, a.Outcome)));
        await ImportChecks.AssertChainIntactAsync(world.Db);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_action_plan_import_names_the_file_and_its_counts(DatabaseProvider provider)
    {
        var file = CorpusFile.Load("actions/01-good-plan.csv");
        await using var world = await worlds.NewAsync(provider, file.Expected.Existing);
        var sequence = await ImportChecks.LastAuditSequenceAsync(world.Db);

        var report = ImportChecks.Ok(await world.Db.Get<ImportService>().ImportAsync(file.Request()));

        Assert.True(report.Written);
        var audit = await ImportChecks.AuditSinceAsync(world.Db, sequence);
        var import = Assert.Single(audit, a => a.Action == AuditActions.Import);
        Assert.Contains("01-good-plan.csv", import.EntityId + " " + import.Detail, StringComparison.Ordinal);
        Assert.Contains("3 recommendations", import.Detail, StringComparison.Ordinal);
        Assert.Contains("4 actions", import.Detail, StringComparison.Ordinal);
        var creates = audit.Where(a => a.Action == AuditActions.Create).ToList();
        Assert.Equal(3, creates.Count(a => a.EntityType == nameof(Recommendation)));
        Assert.Equal(creates.Count, creates.Count(a => a.EntityType == nameof(Recommendation)));
        // Each recommendation's row holds its actions' values.
        Assert.Equal(4, creates.Sum(a => Count(a.ChangeSet!.Values, ": Description\"")));
        Assert.All(audit, a => Assert.Equal((world.Coordinator, AuditOutcome.Succeeded), (a.UserId, a.Outcome)));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
