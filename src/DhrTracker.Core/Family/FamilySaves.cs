namespace DhrTracker.Core.Family;

/// <summary>The save at the end of every family change: a stale version is a refusal the user can act on, not an error.</summary>
internal static class FamilySaves
{
    public static async Task<Result<Guid>> SaveAsync(DbContext db, Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }
    }
}
