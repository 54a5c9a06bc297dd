using DhrTracker.Core.Access;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Audit;

/// <summary>The result of walking the chain: intact, or the first entry that was changed, removed or inserted.</summary>
public sealed record AuditVerification(long Entries, string? Problem, string LastHash)
{
    public bool Intact => Problem is null;
}

/// <summary>
/// Walks the audit chain in order (streamed, so millions of rows need no memory) and names the first
/// break. Run by <c>dhr audit verify</c>; the operator keeps the printed last hash off the database
/// server, which is what catches rows forged at the very end by someone who recomputes hashes.
/// </summary>
public sealed class AuditVerifier(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const string ChainEntity = "AuditChain";

    public async Task<Result<AuditVerification>> VerifyAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!AuditAccess.CanVerify(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.View, ChainEntity, "", AuditOutcome.Denied, ct: ct);
            return Result<AuditVerification>.Refused("", "Only the installation's dhr command or an installation-wide Administrator may verify the audit trail.");
        }

        return Result<AuditVerification>.Ok(await WalkAsync(ct));
    }

    private async Task<AuditVerification> WalkAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(ct);
        long count = 0, earlier = 0;
        var expected = head.ChainStartsAfter + 1;
        var previous = AuditChain.Genesis;

        await foreach (var e in db.AuditEntries.AsNoTracking().Include(a => a.ChangeSet).OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (e.Sequence <= head.ChainStartsAfter)
            {
                earlier++;
                if (e.Hash.Length > 0)
                {
                    return Broken(count, previous, $"entry {e.Sequence} (id {e.Id}) claims a place among the entries written before the chain began: it was inserted");
                }

                continue;
            }

            if (e.Sequence > expected)
            {
                return Broken(count, previous, $"entry {expected} is missing: it was removed (the next entry is {e.Sequence}, id {e.Id})");
            }

            if (e.PreviousHash != previous)
            {
                return Broken(count, previous, $"entry {e.Sequence} (id {e.Id}) does not follow entry {e.Sequence - 1}: an entry was inserted or removed before it");
            }

            if (AuditChain.HashOf(e) != e.Hash || !ChangesMatch(e))
            {
                return Broken(count, previous, $"entry {e.Sequence} (id {e.Id}) was changed after it was written");
            }

            previous = e.Hash;
            expected++;
        }

        if (earlier != head.EarlierEntries)
        {
            return Broken(count, previous, $"{head.EarlierEntries - earlier} of the {head.EarlierEntries} entries written before the chain began were removed");
        }

        if (expected - 1 != head.LastSequence)
        {
            return Broken(count, previous, $"the chain ends at entry {expected - 1} but entries up to {head.LastSequence} were written: entries after {expected - 1} were removed");
        }

        return new AuditVerification(count, null, previous);
    }

    // Retention may remove the values (the entry is then a tombstone); values still held must match their hash.
    private static bool ChangesMatch(AuditEntry e) =>
        e.ChangeSet is null || (e.ChangesHash is not null && AuditChain.Sha256(e.ChangeSet.Values) == e.ChangesHash);

    private static AuditVerification Broken(long count, string lastGood, string problem) => new(count, problem, lastGood);
}
