using CsvHelper;
using DhrTracker.Core.Access;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Audit;

/// <summary>
/// Reading the audit trail: a review's Audit tab for its Coordinators (with values before and after),
/// and the search and CSV export for Administrators (metadata only). Each read is itself on the trail.
/// </summary>
public sealed class AuditReader(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<AuditSearch> validator,
    TimeProvider time)
{
    public const string NotCoordinator = "Only the partnership's coordinators can read this review's audit trail.";
    public const string NotAdministrator = "Only Administrators can search the audit trail.";

    private static readonly string[] CsvColumns =
    [
        "When (UK time)", "When (UTC)", "Who", "Email", "Roles", "What", "Action", "Record type", "Record id", "Review reference",
        "Outcome", "Detail", "IP address", "Browser", "Circuit",
    ];

    /// <summary>
    /// A review's trail, newest first, one page counted and cut in SQL. Throws <see cref="NotFoundException"/>
    /// when the user cannot see the review; refuses (audited as denied) anyone who can but is not its Coordinator.
    /// </summary>
    public async Task<Result<PagedResult<AuditTrailRow>>> ReviewTrailAsync(Guid reviewId, AuditSearch filter, PageRequest page,
        CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        if (review is null || !ReviewAccess.CanReadAuditTrail(user, review))
        {
            db.Record(time, user, AuditActions.View, AuditLabels.TrailEntity, reviewId.ToString(), AuditOutcome.Denied, reviewId: reviewId);
            await db.SaveChangesAsync(ct);
            return review is null ? throw new NotFoundException("The review") : Result<PagedResult<AuditTrailRow>>.Refused("", NotCoordinator);
        }

        var validation = await validator.ValidateAsync(filter, ct);
        if (!validation.IsValid)
        {
            return Result<PagedResult<AuditTrailRow>>.Refused(validation);
        }

        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.ReviewId == reviewId).FilterAsync(db, user, filter, ct);
        var total = await entries.CountAsync(ct);
        if (AuditQueries.PastTheEnd(page, total) is { } pastEnd)
        {
            return Result<PagedResult<AuditTrailRow>>.Refused([pastEnd]);
        }

        var rows = await entries.NewestFirst().Skip(page.Skip).Take(page.Take)
            .Select(a => new
            {
                a.Id,
                a.AtUtc,
                a.UserId,
                Name = db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                Email = db.Users.Where(u => u.Id == a.UserId).Select(u => u.Email).FirstOrDefault(),
                a.Action,
                a.EntityType,
                a.Outcome,
                a.Detail,
                Values = a.ChangeSet != null ? a.ChangeSet.Values : null,
                a.ChangesHash,
                a.IpAddress,
            })
            .ToListAsync(ct);
        db.Record(time, user, AuditActions.View, AuditLabels.TrailEntity, reviewId.ToString(),
            detail: $"page {page.Page + 1}; {filter.Describe()}", reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        return Result<PagedResult<AuditTrailRow>>.Ok(new(rows.Select(r => new AuditTrailRow(r.Id, r.AtUtc, AuditLabels.Who(r.UserId, r.Name), r.Email,
            AuditLabels.Describe(r.Action, r.EntityType), r.Action, r.Outcome, r.Detail, AuditValues.Parse(r.Values),
            r.ChangesHash is not null && r.Values is null, r.IpAddress)).ToList(), total));
    }

    /// <summary>The trail's metadata within <see cref="AuditAccess.Searchable"/>, newest first, paged in SQL. Never the values of a change.</summary>
    public async Task<Result<PagedResult<AuditSearchRow>>> SearchAsync(AuditSearch search, PageRequest page, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (await RefuseAsync<PagedResult<AuditSearchRow>>(user, AuditActions.List, search, ct) is { } refused)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = await db.AuditEntries.AsNoTracking().Searchable(db, user).FilterAsync(db, user, search, ct);
        var total = await entries.CountAsync(ct);
        if (AuditQueries.PastTheEnd(page, total) is { } pastEnd)
        {
            return Result<PagedResult<AuditSearchRow>>.Refused([pastEnd]);
        }

        var rows = await entries.NewestFirst().Skip(page.Skip).Take(page.Take).SelectMetadata(db).ToListAsync(ct);
        db.Record(time, user, AuditActions.List, AuditLabels.TrailEntity, "", detail: $"page {page.Page + 1}; {search.Describe()}");
        await db.SaveChangesAsync(ct);
        return Result<PagedResult<AuditSearchRow>>.Ok(new(rows.Select(r => r.ToRow()).ToList(), total));
    }

    /// <summary>
    /// The same metadata as <see cref="SearchAsync"/>, every matching entry, as CSV. The export is audited
    /// (with its filters and size) before the first byte is written.
    /// </summary>
    public async Task<Result<AuditExport>> ExportCsvAsync(AuditSearch search, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (await RefuseAsync<AuditExport>(user, ActionAuditActions.Export, search, ct) is { } refused)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var count = await (await db.AuditEntries.Searchable(db, user).FilterAsync(db, user, search, ct)).CountAsync(ct);
        db.Record(time, user, ActionAuditActions.Export, AuditLabels.TrailEntity, "", detail: $"CSV, {count} entries; {search.Describe()}");
        await db.SaveChangesAsync(ct);
        var name = $"audit-trail-{UkDates.TodayInUk(time):yyyy-MM-dd}.csv";
        return Result<AuditExport>.Ok(new AuditExport(name, (stream, token) => WriteCsvAsync(user, search, stream, token)));
    }

    private async Task WriteCsvAsync(CurrentUser user, AuditSearch search, Stream output, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = await db.AuditEntries.AsNoTracking().Searchable(db, user).FilterAsync(db, user, search, ct);
        // A byte order mark so Excel opens UTF-8 (accents, curly quotes) correctly.
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true }, true);
        foreach (var column in CsvColumns)
        {
            csv.WriteField(column);
        }

        await csv.EndRecordAsync(ct);
        await foreach (var entry in entries.NewestFirst().SelectMetadata(db).AsAsyncEnumerable().WithCancellation(ct))
        {
            var r = entry.ToRow();
            string?[] cells =
            [
                r.When, r.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), r.Who, r.Email, r.Roles, r.What, r.Action, r.EntityType, r.EntityId,
                r.ReviewReference, AuditLabels.Outcome(r.Outcome), r.Detail, r.IpAddress, r.UserAgent, r.CircuitId,
            ];
            foreach (var cell in cells)
            {
                csv.WriteField(SpreadsheetText.Safe(cell));
            }

            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
    }

    /// <summary>Non-Administrators are refused and audited as denied; a search that breaks a rule is refused with the rule.</summary>
    private async Task<Result<T>?> RefuseAsync<T>(CurrentUser user, string action, AuditSearch search, CancellationToken ct)
    {
        if (!AuditAccess.CanSearch(user))
        {
            await dbFactory.RecordAsync(time, user, action, AuditLabels.TrailEntity, "", AuditOutcome.Denied, ct: ct);
            return Result<T>.Refused("", NotAdministrator);
        }

        var validation = await validator.ValidateAsync(search, ct);
        return validation.IsValid ? null : Result<T>.Refused(validation);
    }
}
