using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Documents;

/// <summary>Documents of a review: list, upload (new document or new version), download. Uploads and downloads are audited.</summary>
public sealed class ReviewDocumentService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<DocumentUploadInput> validator,
    FileStore files,
    TimeProvider time)
{
    private const string Entity = nameof(ReviewDocument);

    /// <summary>Null when the review does not exist or the user may not see it.</summary>
    public async Task<ReviewDocumentsView?> ListAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        db.Record(time, user, AuditActions.List, Entity, reviewId.ToString(), review is null ? AuditOutcome.Denied : AuditOutcome.Succeeded,
            reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            return null;
        }

        var rows = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Document!.ReviewId == reviewId)
            .Select(v => new
            {
                v.DocumentId,
                v.Document!.Kind,
                v.Document.Title,
                v.Id,
                v.Number,
                v.File!.FileName,
                v.File.Length,
                v.File.UploadedUtc,
                UploadedBy = db.Users.Where(u => u.Id == v.File.UploadedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var documents = rows.GroupBy(r => new { r.DocumentId, r.Kind, r.Title })
            .Select(g => new DocumentItem(g.Key.DocumentId, g.Key.Kind, g.Key.Title,
                g.OrderByDescending(v => v.Number)
                    .Select(v => new DocumentVersionItem(v.Id, v.Number, v.FileName, v.Length, v.UploadedUtc, v.UploadedBy ?? ""))
                    .ToList()))
            .OrderBy(d => d.Kind).ThenBy(d => d.Title)
            .ToList();
        return new ReviewDocumentsView(documents, ReviewAccess.CanWorkOn(user, review))
        {
            CanWriteLetters = ReviewAccess.CanWriteLetters(user, review),
        };
    }

    /// <summary>Adds a document, or a version of one. Returns the new version's id.</summary>
    public async Task<Result<Guid>> UploadAsync(Guid reviewId, DocumentUploadInput input, FileUpload upload, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        if (review is null)
        {
            await db.RecordDeniedAsync(time, user, AuditActions.Upload, Entity, reviewId.ToString(), ct);
            throw new NotFoundException("The review");
        }

        if (!ReviewAccess.CanWorkOn(user, review))
        {
            db.Record(time, user, AuditActions.Upload, Entity, reviewId.ToString(), AuditOutcome.Denied, reviewId: reviewId);
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Refused("", Refusals.NotPermitted);
        }

        input.FileName ??= upload.FileName;
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        ReviewDocument? document;
        if (input.DocumentId is { } documentId)
        {
            document = await db.ReviewDocuments.Include(d => d.Versions)
                .SingleOrDefaultAsync(d => d.Id == documentId && d.ReviewId == reviewId, ct);
            if (document is null)
            {
                // Another review's (or partnership's) document is not found, exactly as an unknown one (R3).
                throw new NotFoundException("The document");
            }

            // Touching the document renews its version, so two people adding "version 3" at once conflict instead of colliding.
            document.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        }
        else
        {
            document = new ReviewDocument { Id = Guid.NewGuid(), ReviewId = reviewId, Kind = input.Kind!.Value, Title = input.Title.Trim() };
            db.ReviewDocuments.Add(document);
        }

        var stored = await files.AddAsync(db, upload, user.UserId, nameof(DocumentUploadInput.FileName), ct);
        if (!stored.Succeeded)
        {
            return Result<Guid>.Refused(stored.Errors);
        }

        var version = new DocumentVersion
        {
            Id = Guid.NewGuid(),
            DocumentId = document.Id,
            Number = document.Versions.Count == 0 ? 1 : document.Versions.Max(v => v.Number) + 1,
            FileId = stored.Value!.Id,
        };
        db.DocumentVersions.Add(version);
        db.Record(time, user, AuditActions.Upload, Entity, document.Id.ToString(),
            detail: $"Version {version.Number}, {stored.Value.Length} bytes, sha256 {stored.Value.Sha256}", reviewId: reviewId,
            changes: ChangedFields.Merge(ChangedFields.Values(db.Entry(document)), ChangedFields.Field("Version", null, version.Number),
                ChangedFields.Field("FileName", null, stored.Value.FileName)));
        // The kind only: a title or file name can carry a name or a fact of the case.
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Documents, TimelineNote(document.Kind, version.Number));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<Guid>.Refused(nameof(DocumentUploadInput.FileName),
                "Someone else added a version of this document at the same time. Reload and upload again.");
        }

        return Result<Guid>.Ok(version.Id);
    }

    /// <summary>
    /// The bytes of one version, for the download endpoint. Null (not found) when it does not exist or
    /// belongs to a review the user may not see; both outcomes are audited.
    /// </summary>
    public async Task<FileContent?> DownloadAsync(Guid versionId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var target = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Id == versionId)
            .Select(v => new { v.FileId, v.Document!.ReviewId, v.DocumentId })
            .SingleOrDefaultAsync(ct);
        var visible = target is not null && await db.Reviews.AsNoTracking().FindVisibleAsync(user, target.ReviewId, ct) is not null;
        var content = visible ? await FileStore.ReadAsync(db, target!.FileId, ct) : null;

        db.Record(time, user, AuditActions.Download, nameof(DocumentVersion), versionId.ToString(),
            content is null ? AuditOutcome.Denied : AuditOutcome.Succeeded, reviewId: target?.ReviewId);
        await db.SaveChangesAsync(ct);
        return content;
    }

    /// <summary>The timeline's words for an upload: the kind only, as a title or file name can carry a name or a fact of the case.</summary>
    public static string TimelineNote(DocumentKind kind, int version) => version == 1
        ? $"Document added: {kind.Display()}"
        : $"New version of a document: {kind.Display()} (version {version})";
}
