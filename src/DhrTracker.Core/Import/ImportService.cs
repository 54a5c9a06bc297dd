using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Import;

/// <summary>
/// Brings a partnership's past reviews and action plans in from CSV or .xlsx (issue 11). The web page and
/// <c>dhr import</c> both call it. A preview reads and checks, writing only its audit row; an import
/// checks again from the bytes and writes everything in one transaction, or nothing when any row is wrong.
/// </summary>
public sealed class ImportService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public const string Entity = "Import";

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

        throw new NotImplementedException("Filled in next.");
    }
}
