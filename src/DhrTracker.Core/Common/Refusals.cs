namespace DhrTracker.Core.Common;

/// <summary>Refusal messages shared by the services, so the same situation always reads the same.</summary>
public static class Refusals
{
    public const string Conflict =
        "Someone else changed this record after you opened it. Your changes are still on screen: reload to see theirs, then save again.";

    public const string NotPermitted = "You do not have permission to change this.";

    /// <summary>
    /// For a remove: the version the user saw is required, never skipped. A missing version
    /// (<see cref="Guid.Empty"/>) matches no row, so the delete fails as a concurrency conflict, exactly as a stale one.
    /// </summary>
    public static void RequireVersion<T>(this DbContext db, T entity, Guid version) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;

    /// <summary>Points the loaded version at the one the user saw, so a stale save fails as a concurrency conflict.</summary>
    public static void ExpectVersion<T>(this DbContext db, T entity, Guid? version) where T : class, IVersioned
    {
        if (version is { } v)
        {
            db.Entry(entity).Property(e => e.Version).OriginalValue = v;
        }
    }
}
