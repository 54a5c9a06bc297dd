using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Import;

/// <summary>
/// Brings a partnership's past reviews and action plans in from CSV or .xlsx (issue 11). The web page and
/// <c>dhr import</c> both call it. A preview reads and checks, writing only its audit row; an import
/// checks again from the bytes and writes everything in one transaction, or nothing when any row is wrong.
/// </summary>
public sealed class ImportService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const string Entity = "Import";

    /// <summary>Reviews (or recommendations) saved per round trip: large enough to batch, small enough to keep the tracker light.</summary>
    private const int WriteChunk = 200;

    /// <summary>What the file would create and everything wrong with it. Writes nothing but the audit row.</summary>
    public Task<Result<ImportReport>> PreviewAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(request, write: false, progress, ct);

    /// <summary>Checks the file again and, when nothing is wrong, writes all of it in one transaction.</summary>
    public Task<Result<ImportReport>> ImportAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(request, write: true, progress, ct);

    private async Task<Result<ImportReport>> RunAsync(ImportRequest request, bool write, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var partnershipId = request.PartnershipId ?? user.PartnershipId;
        if (partnershipId is not { } pid || !ReviewAccess.CanImport(user, pid))
        {
            await dbFactory.RecordAsync(time, user, write ? AuditActions.Import : AuditActions.ImportPreview, Entity, request.FileName,
                AuditOutcome.Denied, ct: ct);
            return Result<ImportReport>.Refused("", partnershipId is null && user.UserId == DhrCommandIdentity.UserId
                ? "Name the partnership to import into."
                : "You do not have permission to import into this partnership.");
        }

        progress?.Report(new ImportProgress(ImportPhase.Reading, 0, 0));
        var (table, fileProblem) = ImportFileReader.Read(request.FileName, request.Content);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnership = await db.Partnerships.AsNoTracking().Include(p => p.Timescales).SingleOrDefaultAsync(p => p.Id == pid, ct);
        if (partnership is null)
        {
            return Result<ImportReport>.Refused("", "There is no such partnership.");
        }

        var report = fileProblem is not null || table is null
            ? Empty(request, [fileProblem!])
            : await CheckAsync(db, request, pid, table, progress, ct);
        ct.ThrowIfCancellationRequested();
        var canWrite = write && report.Report.Errors.Count == 0 && report.Plans.Count > 0;
        var result = report.Report with { Written = canWrite };
        if (!canWrite)
        {
            db.Record(time, user, write ? AuditActions.Import : AuditActions.ImportPreview, Entity, request.FileName,
                write ? AuditOutcome.Refused : AuditOutcome.Succeeded, Describe(result));
            await db.SaveChangesAsync(ct);
            return Result<ImportReport>.Ok(result);
        }

        try
        {
            await WriteAsync(db, user, partnership, request.FileName, report.Plans, result, progress, ct);
        }
        catch (DbUpdateException)
        {
            // Someone else may have taken a reference (or recommendation number) between our check and our
            // save; any other failure is a fault, not the user's, and goes up as one (the transaction has rolled back).
            if (!await TakenMeanwhileAsync(pid, report.Plans, ct))
            {
                throw;
            }

            return await RaceLostAsync(request, user, result, ct);
        }

        return Result<ImportReport>.Ok(result);
    }

    /// <summary>
    /// Writes the plans in chunks, each saved and then forgotten by the context so memory stays flat
    /// however long the file, all inside one transaction: a failure, a cancel or a killed process
    /// before the commit leaves the database as it was.
    /// </summary>
    private async Task WriteAsync(AppDbContext db, CurrentUser user, Partnership partnership, string fileName, ImportPlans plans,
        ImportReport result, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Only audit entries are tracked, and each is new and complete when added: scanning for changes would find none.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var records = new AddedRowsWriter(db, time);
        var writer = new ImportWriter(db, records, user, time, fileName);
        // Each step adds a review (one row per victim) or a recommendation (one row per action).
        var steps = plans.Reviews.Select(r => (Add: (Action)(() => writer.Add(r, partnership)), Rows: r.Victims.Count))
            .Concat(plans.Recommendations.Select(r => (Add: (Action)(() => writer.Add(r)), Rows: r.Actions.Count)))
            .ToList();
        var rows = steps.Sum(s => s.Rows);
        var written = 0;
        foreach (var chunk in steps.Chunk(WriteChunk))
        {
            progress?.Report(new ImportProgress(ImportPhase.Writing, written, rows));
            foreach (var step in chunk)
            {
                step.Add();
            }

            // The case records and their audit entries (linked into the hash chain) by prepared INSERTs.
            await records.FlushAsync(ct);
            written += chunk.Sum(s => s.Rows);
        }

        db.Record(time, user, AuditActions.Import, Entity, fileName, detail: Describe(result));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        progress?.Report(new ImportProgress(ImportPhase.Writing, rows, rows));
    }

    private async Task<(ImportReport Report, ImportPlans Plans)> CheckAsync(AppDbContext db, ImportRequest request, int partnershipId,
        ImportTable table, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var today = UkDates.TodayInUk(time);
        var sheet = new ImportSheet(table, ImportTemplates.For(request.Kind));
        progress?.Report(new ImportProgress(ImportPhase.Checking, 0, table.Rows.Count));
        if (!sheet.HeaderIsUsable)
        {
            return (Report(request, table, sheet, [], [], []), ImportPlans.None);
        }

        if (request.Kind == ImportKind.Reviews)
        {
            var existing = (await db.Reviews.AsNoTracking().Where(r => r.PartnershipId == partnershipId).Select(r => r.Reference).ToListAsync(ct))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var themes = await db.Themes.AsNoTracking().Where(t => t.PartnershipId == partnershipId).ToListAsync(ct);
            var checker = new ReviewRowsChecker(sheet, today, existing, themes, request.SkipExisting);
            var reviews = checker.Check(progress, ct);
            return (Report(request, table, sheet, reviews, [], checker.Skipped), new ImportPlans(reviews, []));
        }

        var known = await db.Reviews.AsNoTracking().Where(r => r.PartnershipId == partnershipId)
            .Select(r => new { r.Id, r.Reference, r.DateNotified, r.DecisionDate, r.PublicationDate })
            .ToListAsync(ct);
        var numbers = (await db.Recommendations.AsNoTracking().Where(x => x.Review!.PartnershipId == partnershipId)
                .Select(x => new { x.ReviewId, x.Number }).ToListAsync(ct))
            .ToLookup(x => x.ReviewId, x => x.Number);
        var reviewsByReference = known
            .Select(r => new ExistingReview(r.Id, r.Reference, r.DateNotified, r.DecisionDate, r.PublicationDate, numbers[r.Id].ToHashSet()))
            .GroupBy(r => r.Reference, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var agencies = (await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            .GroupBy(a => a.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (g.First().Id, g.First().Name), StringComparer.OrdinalIgnoreCase);
        var recommendations = new ActionRowsChecker(sheet, today, reviewsByReference, agencies).Check(progress, ct);
        return (Report(request, table, sheet, [], recommendations, []), new ImportPlans([], recommendations));
    }

    private static ImportReport Report(ImportRequest request, ImportTable table, ImportSheet sheet, IReadOnlyList<PlannedReview> reviews,
        IReadOnlyList<PlannedRecommendation> recommendations, IReadOnlyList<string> skipped)
    {
        // A file with errors creates nothing, so its preview lists nothing as to be created.
        var clean = sheet.Errors.Count == 0;
        return new ImportReport(request.Kind, request.FileName, table.Rows.Count,
            clean ? reviews.Select(r => r.Summary).ToList() : [],
            clean ? reviews.Sum(r => r.Victims.Count) : 0,
            clean ? recommendations.SelectMany(r => r.Actions.Select(a => new ImportedAction(r.Reference, r.Number, a.Number, a.Description,
                a.OwnerAgency, a.TargetDate, a.Status, a.CompletedOn))).ToList() : [],
            clean ? recommendations.Count : 0,
            sheet.Errors.OrderBy(e => e.Row ?? 0).ToList(), sheet.Warnings.OrderBy(w => w.Row ?? 0).ToList(), skipped, Written: false);
    }

    private static (ImportReport Report, ImportPlans Plans) Empty(ImportRequest request, IReadOnlyList<ImportProblem> errors) =>
        (new ImportReport(request.Kind, request.FileName, 0, [], 0, [], 0, errors, [], [], Written: false), ImportPlans.None);

    private async Task<bool> TakenMeanwhileAsync(int partnershipId, ImportPlans plans, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var references = plans.Reviews.Select(r => r.Reference).ToList();
        var reviewIds = plans.Recommendations.Select(r => r.ReviewId).Distinct().ToList();
        var numbers = plans.Recommendations.Select(r => (r.ReviewId, r.Number)).ToHashSet();
        var takenReference = references.Count > 0
            && await db.Reviews.AnyAsync(r => r.PartnershipId == partnershipId && references.Contains(r.Reference), ct);
        var held = reviewIds.Count == 0 ? []
            : await db.Recommendations.Where(r => reviewIds.Contains(r.ReviewId)).Select(r => new { r.ReviewId, r.Number }).ToListAsync(ct);
        return takenReference || held.Any(h => numbers.Contains((h.ReviewId, h.Number)));
    }

    private async Task<Result<ImportReport>> RaceLostAsync(ImportRequest request, CurrentUser user, ImportReport report, CancellationToken ct)
    {
        var refused = report with
        {
            Written = false,
            Errors = [new ImportProblem(null, null, null, "Someone else added one of these references or recommendations while the file was being imported. Nothing was written; preview the file again.")],
        };
        await dbFactory.RecordAsync(time, user, AuditActions.Import, Entity, request.FileName, AuditOutcome.Refused, Describe(refused), ct);
        return Result<ImportReport>.Ok(refused);
    }

    /// <summary>The file and the counts for the audit row: never a row's contents.</summary>
    private static string Describe(ImportReport r) =>
        $"{r.FileName}: {r.Kind.ToString().ToLowerInvariant()}, {ImportReport.Count(r.DataRows, "row")}; {r.Counts}"
        + $" {(r.Written ? "created" : "found")}; {ImportReport.Count(r.Errors.Count, "error")}, {ImportReport.Count(r.Warnings.Count, "warning")}, {r.Skipped.Count} skipped";

    private sealed record ImportPlans(IReadOnlyList<PlannedReview> Reviews, IReadOnlyList<PlannedRecommendation> Recommendations)
    {
        public int Count => Reviews.Count + Recommendations.Count;

        public static readonly ImportPlans None = new([], []);
    }
}
