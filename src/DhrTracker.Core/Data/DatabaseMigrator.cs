namespace DhrTracker.Core.Data;

public static class DatabaseMigrator
{
    /// <summary>
    /// Brings the embedded SQLite database up to date. SQL Server is never migrated by the app: the
    /// deployment runs the reviewed idempotent script (deploy/RUNBOOK.md).
    /// </summary>
    public static async Task MigrateEmbeddedAsync(IDbContextFactory<AppDbContext> dbFactory, DatabaseSettings settings,
        CancellationToken ct = default)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
