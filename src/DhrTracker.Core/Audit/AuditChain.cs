using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DhrTracker.Core.Data;

namespace DhrTracker.Core.Audit;

/// <summary>
/// Links new audit entries into one hash chain. Each entry's hash covers its canonical content and
/// the previous entry's hash, so changing, removing or inserting a row breaks every link after it,
/// even for someone who can drop the database's triggers (ADR 0304).
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>Called inside the saving transaction, before the entries are inserted.</summary>
    internal static async Task LinkAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        // Take the head's row lock first (SQL Server holds it to commit; SQLite has one writer), so
        // concurrent appends from any number of web instances queue here rather than fork the chain.
        await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), ct);
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);

        var sequence = head.LastSequence;
        var previous = head.LastHash;
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.ChangesHash = entry.ChangeSet is null ? null : Sha256(entry.ChangeSet.Values);
            entry.PreviousHash = previous;
            entry.Hash = HashOf(entry);
            previous = entry.Hash;
        }

        await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, sequence).SetProperty(h => h.LastHash, previous), ct);
    }

    /// <summary>The entry's hash as it should be, from its stored content and previous hash.</summary>
    public static string HashOf(AuditEntry e) => Sha256(e.PreviousHash + "\n" + Canonical(e));

    internal static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Every stored fact except the id the database assigns and the changed values themselves
    /// (their hash stands in, so retention can remove them).
    /// </summary>
    private static string Canonical(AuditEntry e) => JsonSerializer.Serialize(new object?[]
    {
        e.Sequence,
        e.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        e.UserId, e.Roles, e.PartnershipId, e.Action, e.EntityType, e.EntityId, e.ReviewId?.ToString("D"),
        e.Outcome.ToString(), e.Detail, e.ChangesHash, e.IpAddress, e.UserAgent, e.CircuitId,
    });
}
