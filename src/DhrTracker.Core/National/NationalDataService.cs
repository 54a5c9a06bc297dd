using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Import;

namespace DhrTracker.Core.National;

/// <summary>
/// Loads the national reference data (the DHRD files) for the whole installation, from a folder (the
/// dhr command), three uploads (the administrator page) or the copy shipped with DhrTracker. Every file
/// is read and checked before anything is written; a valid set replaces the previous one in one
/// transaction, so a refusal or a failure midway leaves the previous data as it was.
/// </summary>
public sealed class NationalDataService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const string Entity = "NationalData";

    /// <summary>Rows saved per round trip: the shipped set is about 1,900 rows, a few chunks.</summary>
    private const int WriteChunk = 500;

    /// <summary>Checks the three files and, when nothing is wrong, replaces the national data with them.</summary>
    public async Task<Result<NationalLoadReport>> LoadAsync(NationalDataFiles files, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!LearningAccess.CanLoadNationalData(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.Import, Entity, "", AuditOutcome.Denied, ct: ct);
            return Result<NationalLoadReport>.Refused("", "Only an Administrator can load the national data.");
        }

        var rows = NationalCsv.Check(files);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (rows.ProblemCount > 0)
        {
            db.Record(time, user, AuditActions.Import, Entity, "", AuditOutcome.Refused,
                $"{files.Source}: refused, {Problems(rows.ProblemCount)}; nothing changed");
            await db.SaveChangesAsync(ct);
            return Result<NationalLoadReport>.Refused(Refusal(rows));
        }

        var loaded = new NationalDataSet
        {
            LoadedUtc = time.GetUtcNow().UtcDateTime,
            LoadedByUserId = user.UserId,
            Source = files.Source.Length > 400 ? files.Source[..400] : files.Source,
            Incidents = rows.Incidents.Count,
            Victims = rows.Victims.Count,
            Perpetrators = rows.Perpetrators.Count,
        };
        await ReplaceAsync(db, time, user, loaded, rows, ct);
        return Result<NationalLoadReport>.Ok(new NationalLoadReport(loaded.Incidents, loaded.Victims, loaded.Perpetrators, loaded.Source, loaded.LoadedUtc));
    }

    /// <summary>Loads the DHRD copy built into DhrTracker (the administrator page's button and the demo seed).</summary>
    public Task<Result<NationalLoadReport>> LoadShippedAsync(CancellationToken ct = default) => LoadAsync(NationalDataFiles.Shipped(), ct);

    /// <summary>
    /// What is loaded, for the administrator page and the learning pages' "national picture" line:
    /// Administrators (who load it) and whoever may see the learning pages. It holds no case content.
    /// </summary>
    public async Task<Result<NationalDataStatus>> StatusAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!LearningAccess.CanLoadNationalData(user) && !LearningAccess.CanSeeAnalytics(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.View, Entity, "", AuditOutcome.Denied, ct: ct);
            return Result<NationalDataStatus>.Refused("", "You do not have permission to see the national data's status.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var loaded = await db.NationalDataSets.AsNoTracking().OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        string? by = null;
        if (loaded is not null)
        {
            by = loaded.LoadedByUserId switch
            {
                DhrCommandIdentity.UserId => DhrCommandIdentity.User.DisplayName,
                DemoSeedUserId => "the demo seed",
                _ => await db.Users.AsNoTracking().Where(u => u.Id == loaded.LoadedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
                     ?? "an account since removed",
            };
        }

        return Result<NationalDataStatus>.Ok(new NationalDataStatus(loaded, by, LearningAccess.CanLoadNationalData(user), NationalDataFiles.LicenceNotice()));
    }

    /// <summary>The user id the Development demo seed's load carries (there is no account behind it).</summary>
    public const string DemoSeedUserId = "demo-seed";

    /// <summary>
    /// The Development demo seed: loads the shipped data when no national data is loaded yet, so the demo
    /// shows the national picture; does nothing otherwise (seeding stays idempotent). No user is signed in.
    /// </summary>
    internal static async Task SeedShippedAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await db.NationalDataSets.AnyAsync(ct))
        {
            return;
        }

        var files = NationalDataFiles.Shipped();
        var rows = NationalCsv.Check(files);
        var seed = new CurrentUser(DemoSeedUserId, "demo seed", new HashSet<string>(), null);
        await ReplaceAsync(db, time, seed, new NationalDataSet
        {
            LoadedUtc = time.GetUtcNow().UtcDateTime,
            LoadedByUserId = DemoSeedUserId,
            Source = files.Source,
            Incidents = rows.Incidents.Count,
            Victims = rows.Victims.Count,
            Perpetrators = rows.Perpetrators.Count,
        }, rows, ct);
    }

    /// <summary>
    /// Deletes the previous set and inserts the new one inside one transaction: until the commit, every
    /// reader still sees the previous data, and a failure or cancel rolls back to it.
    /// </summary>
    private static async Task ReplaceAsync(AppDbContext db, TimeProvider time, CurrentUser user, NationalDataSet loaded, NationalRows rows, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.NationalVictims.ExecuteDeleteAsync(ct);
        await db.NationalPerpetrators.ExecuteDeleteAsync(ct);
        await db.NationalIncidents.ExecuteDeleteAsync(ct);
        await db.NationalDataSets.ExecuteDeleteAsync(ct);

        // Everything added is new and complete: scanning for changes would find none.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        IEnumerable<object> all = [.. rows.Incidents, .. rows.Victims, .. rows.Perpetrators];
        foreach (var chunk in all.Chunk(WriteChunk))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        db.NationalDataSets.Add(loaded);
        await db.SaveChangesAsync(ct);
        db.Record(time, user, AuditActions.Import, Entity, loaded.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            detail: $"{loaded.Source}: {loaded.Incidents} incidents, {loaded.Victims} victims, {loaded.Perpetrators} perpetrators loaded; the previous national data replaced");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static IEnumerable<FieldError> Refusal(NationalRows rows)
    {
        var errors = rows.Problems.Select(p => new FieldError(p.File, p.ToString())).ToList();
        if (rows.ProblemCount > rows.Problems.Count)
        {
            errors.Add(new FieldError("", $"… and {rows.ProblemCount - rows.Problems.Count:N0} more problems not listed (the first {ImportLimits.ErrorsShown} are shown)."));
        }

        errors.Insert(0, new FieldError("", $"Nothing was loaded: {Problems(rows.ProblemCount)} found; the national data already loaded is unchanged."));
        return errors;
    }

    private static string Problems(int count) => count == 1 ? "1 problem" : $"{count:N0} problems";
}
