using DhrTracker.Core.Audit;
using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Audit;

/// <summary>
/// R16: every entry is hash-chained to the one before, and the verifier names the first entry that
/// was changed, removed or inserted, even after someone with the database dropped the triggers.
/// </summary>
public sealed class AuditChainTests
{
    private static readonly CurrentUser Someone = new("u1", "", new HashSet<string>(), 7);

    private static async Task<TestDatabase> WithEntriesAsync(DatabaseProvider provider, int count)
    {
        var db = await TestDatabase.CreateAsync(provider);
        for (var i = 1; i <= count; i++)
        {
            await using var context = db.NewContext();
            context.Record(db.Time, Someone, AuditActions.Update, "Finding", $"f{i}", detail: $"entry {i}",
                changes: $$"""{"Text":["before {{i}}","after {{i}}"]}""");
            await context.SaveChangesAsync();
        }

        return db;
    }

    /// <summary>What an attacker with the database would do first.</summary>
    private static async Task DropTriggersAsync(AppDbContext context)
    {
        await context.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_refuse_update");
        await context.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_refuse_delete");
        await context.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditChanges_refuse_update");
    }

    private static async Task<AuditVerification> VerifyAsync(TestDatabase db) => (await db.AsInstallation<AuditVerifier>().VerifyAsync()).Value!;

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Entries_form_one_numbered_chain_that_verifies(DatabaseProvider provider)
    {
        await using var db = await WithEntriesAsync(provider, 5);
        await using var context = db.NewContext();
        var entries = await context.AuditEntries.OrderBy(a => a.Id).ToListAsync();

        Assert.Equal([1L, 2, 3, 4, 5], entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.Genesis, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal(5, entries.Select(e => e.Hash).Distinct().Count());
        var result = await VerifyAsync(db);
        Assert.Null(result.Problem);
        Assert.Equal(5, result.Entries);
        Assert.Equal(entries[^1].Hash, result.LastHash);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_changed_entry_is_named(DatabaseProvider provider)
    {
        await using var db = await WithEntriesAsync(provider, 5);
        await using var context = db.NewContext();
        await DropTriggersAsync(context);
        await context.AuditEntries.Where(a => a.Sequence == 3).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserId, "someone else"));

        var result = await VerifyAsync(db);

        Assert.Equal(2, result.Entries - 1);
        Assert.StartsWith("entry 3 ", result.Problem);
        Assert.Contains("was changed", result.Problem);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Rewritten_values_are_named_even_though_the_entry_row_is_untouched(DatabaseProvider provider)
    {
        await using var db = await WithEntriesAsync(provider, 4);
        await using var context = db.NewContext();
        await DropTriggersAsync(context);
        var second = await context.AuditEntries.Where(a => a.Sequence == 2).Select(a => a.Id).SingleAsync();
        await context.AuditChanges.Where(c => c.AuditEntryId == second)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Values, """{"Text":["before 2","something else"]}"""));

        Assert.StartsWith("entry 2 ", (await VerifyAsync(db)).Problem);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_removed_entry_is_named(DatabaseProvider provider)
    {
        await using var db = await WithEntriesAsync(provider, 5);
        await using var context = db.NewContext();
        await DropTriggersAsync(context);
        var third = await context.AuditEntries.Where(a => a.Sequence == 3).Select(a => a.Id).SingleAsync();
        await context.AuditChanges.Where(c => c.AuditEntryId == third).ExecuteDeleteAsync();
        await context.AuditEntries.Where(a => a.Id == third).ExecuteDeleteAsync();

        var problem = (await VerifyAsync(db)).Problem;

        Assert.StartsWith("entry 3 is missing", problem);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Removing_the_last_entries_is_named(DatabaseProvider provider)
    {
        await using var db = await WithEntriesAsync(provider, 5);
        await using var context = db.NewContext();
        await DropTriggersAsync(context);
        await context.AuditChanges.ExecuteDeleteAsync();
        await context.AuditEntries.Where(a => a.Sequence >= 4).ExecuteDeleteAsync();

        Assert.Contains("entries after 3 were removed", (await VerifyAsync(db)).Problem);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_inserted_entry_is_named(DatabaseProvider provider)
    {
        await using var db = await WithEntriesAsync(provider, 4);
        await using var context = db.NewContext();
        await DropTriggersAsync(context);
        // Make room after entry 2 and slip in a forged entry that claims to follow it.
        var after2 = await context.AuditEntries.Where(a => a.Sequence > 2).OrderByDescending(a => a.Sequence).ToListAsync();
        foreach (var e in after2)
        {
            await context.AuditEntries.Where(a => a.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Sequence, e.Sequence + 1));
        }

        var second = await context.AuditEntries.AsNoTracking().SingleAsync(a => a.Sequence == 2);
        var forged = new AuditEntry
        {
            AtUtc = second.AtUtc,
            UserId = "u1",
            Action = AuditActions.View,
            EntityType = "Review",
            EntityId = "r9",
            Sequence = 3,
            PreviousHash = second.Hash,
        };
        forged.Hash = AuditChain.HashOf(forged);
        await context.Database.ExecuteSqlRawAsync(
            "INSERT INTO AuditEntries (AtUtc, UserId, Roles, Action, EntityType, EntityId, Outcome, Sequence, PreviousHash, Hash) VALUES ({0}, 'u1', '', 'View', 'Review', 'r9', 'Succeeded', 3, {1}, {2})",
            forged.AtUtc, forged.PreviousHash, forged.Hash);

        var problem = (await VerifyAsync(db)).Problem;

        // The forged entry links to entry 2 correctly, so the break shows at the real entry after it.
        Assert.StartsWith("entry 4 ", problem);
        Assert.Contains("inserted or removed before it", problem);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Retention_may_remove_recorded_values_and_the_chain_still_verifies(DatabaseProvider provider)
    {
        await using var db = await WithEntriesAsync(provider, 3);
        await using var context = db.NewContext();
        await context.AuditChanges.ExecuteDeleteAsync();

        Assert.True((await VerifyAsync(db)).Intact);
        Assert.Equal(3, await context.AuditEntries.CountAsync(a => a.ChangesHash != null));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Two_instances_appending_at_once_keep_one_chain(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        async Task AppendAsync(Func<AppDbContext> open, string who)
        {
            for (var i = 0; i < 25; i++)
            {
                await using var context = open();
                context.Record(db.Time, Someone with { UserId = who }, AuditActions.View, "Review", $"{who}-{i}");
                context.Record(db.Time, Someone with { UserId = who }, AuditActions.List, "Finding", $"{who}-{i}");
                await context.SaveChangesAsync();
            }
        }

        await Task.WhenAll(Task.Run(() => AppendAsync(db.NewContext, "first")), Task.Run(() => AppendAsync(db.OtherInstanceContext, "second")));

        var result = await VerifyAsync(db);
        Assert.Null(result.Problem);
        Assert.Equal(100, result.Entries);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_change_that_rolls_back_leaves_no_link(DatabaseProvider provider)
    {
        await using var db = await WithEntriesAsync(provider, 2);
        await using (var context = db.NewContext())
        {
            await using var tx = await context.Database.BeginTransactionAsync();
            context.Record(db.Time, Someone, AuditActions.View, "Review", "rolled back");
            await context.SaveChangesAsync();
            await tx.RollbackAsync();
        }

        await using (var context = db.NewContext())
        {
            context.Record(db.Time, Someone, AuditActions.View, "Review", "kept");
            await context.SaveChangesAsync();
        }

        var result = await VerifyAsync(db);
        Assert.Null(result.Problem);
        Assert.Equal(3, result.Entries);
    }
}
