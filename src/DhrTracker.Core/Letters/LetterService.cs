using DhrTracker.Core.Access;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Letters;

/// <summary>
/// Writes letters from the partnership's templates into a review's documents as .docx (ADR 0392): one letter, or one
/// per chosen agency, all or none. A letter that would have a gap is refused with every missing fact named.
/// </summary>
public sealed class LetterService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<WriteLettersInput> validator,
    FileStore files,
    TimeProvider time)
{
    public const string Entity = "Letter";

    /// <summary>The review's agencies for the page to choose from. Null when the review does not exist or the user may not see it.</summary>
    public async Task<LetterOptions?> OptionsAsync(Guid reviewId, CancellationToken ct = default)
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

        var agencies = await db.ReviewAgencies.AsNoTracking().Where(a => a.ReviewId == reviewId)
            .Select(a => new LetterAgencyOption(a.Id, a.Agency!.Name, a.Agency.ContactName, a.Agency.ContactEmail, a.ScopingDue, a.ImrDue))
            .ToListAsync(ct);
        return new LetterOptions(reviewId, review.Reference, [.. agencies.OrderBy(a => a.Name)], ReviewAccess.CanWriteLetters(user, review));
    }

    /// <summary>Writes the letters and stores each as a document of the review (a new version when one of the same title exists). Returns the versions' ids.</summary>
    public async Task<Result<IReadOnlyList<Guid>>> WriteAsync(Guid reviewId, WriteLettersInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.WriteLetter, nameof(ReviewDocument),
            ReviewAccess.CanWriteLetters, ct) is { } refusal)
        {
            return Result<IReadOnlyList<Guid>>.Refused([refusal]);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<IReadOnlyList<Guid>>.Refused(validation);
        }

        var kind = input.Kind!.Value;
        var review = await db.Reviews.AsNoTracking().Include(r => r.Partnership).ThenInclude(p => p!.Timescales)
            .SingleAsync(r => r.Id == reviewId, ct);
        var text = await db.LetterTemplates.AsNoTracking().Where(t => t.PartnershipId == review.PartnershipId && t.Kind == kind)
            .Select(t => t.Text).SingleOrDefaultAsync(ct) ?? ShippedLetters.For(kind);
        var check = LetterTemplateText.Check(kind, text);
        if (!check.IsValid)
        {
            return Result<IReadOnlyList<Guid>>.Refused(check.Problems.Select(p => new FieldError(nameof(WriteLettersInput.Kind),
                $"The partnership's template for the {kind.Display().ToLowerInvariant()} cannot be used: {p} An Administrator can correct it.")));
        }

        var letters = await LettersAsync(db, review, kind, input.ReviewAgencyIds, user, ct);
        if (letters is null)
        {
            return Result<IReadOnlyList<Guid>>.Refused(nameof(WriteLettersInput.ReviewAgencyIds),
                "One of the agencies chosen is no longer on this review. Reload the page and choose again.");
        }

        var missing = letters.Select(l => (l.Title, l.AgencyName, Missing: LetterTemplateText.Missing(check, l.Model)))
            .Where(l => l.Missing.Count > 0)
            .Select(l => new FieldError(l.AgencyName is null ? nameof(WriteLettersInput.Kind) : nameof(WriteLettersInput.ReviewAgencyIds),
                (l.AgencyName is null ? "" : $"{l.AgencyName}: ") + LetterTemplateText.MissingMessage(l.Missing)))
            .ToList();
        if (missing.Count > 0)
        {
            return Result<IReadOnlyList<Guid>>.Refused(missing);
        }

        var versions = new List<Guid>();
        foreach (var letter in letters)
        {
            var paragraphs = LetterTemplateText.Paragraphs(LetterTemplateText.RenderRaw(check.Template!, letter.Model));
            var stored = await StoreAsync(db, review, kind, letter, LetterDocx.Write(letter.Title, paragraphs), user, ct);
            if (!stored.Succeeded)
            {
                return Result<IReadOnlyList<Guid>>.Refused(stored.Errors);
            }

            versions.Add(stored.Value);
        }

        // The kind and a count only (ADR 0386): an agency's name in a letter's title stays in the documents.
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Documents, versions.Count == 1
            ? $"Letter written: {kind.Display()}"
            : $"{versions.Count} letters written: {kind.Display()}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<IReadOnlyList<Guid>>.Refused(nameof(WriteLettersInput.Kind),
                "Someone else added a version of one of these letters at the same time. Reload and write the letters again.");
        }

        return Result<IReadOnlyList<Guid>>.Ok(versions);
    }

    /// <summary>Each letter to write with its model; null when a chosen agency is not on the review.</summary>
    private async Task<List<Letter>?> LettersAsync(AppDbContext db, Review review, LetterKind kind, List<Guid> agencyIds,
        CurrentUser user, CancellationToken ct)
    {
        var model = await LetterModels.ForReviewAsync(db, review, user, time, ct);
        if (!kind.IsPerAgency())
        {
            return [new Letter(kind.Display(), null, model)];
        }

        var ids = agencyIds.Distinct().ToList();
        var involvements = await db.ReviewAgencies.AsNoTracking().Include(a => a.Agency)
            .Where(a => a.ReviewId == review.Id && ids.Contains(a.Id)).ToListAsync(ct);
        if (involvements.Count != ids.Count)
        {
            return null;
        }

        return [.. involvements.OrderBy(a => a.Agency!.Name)
            .Select(a => new Letter($"{kind.Display()}: {a.Agency!.Name}", a.Agency.Name, LetterModels.ToAgency(model, kind, a)))];
    }

    private async Task<Result<Guid>> StoreAsync(AppDbContext db, Review review, LetterKind kind, Letter letter, byte[] bytes,
        CurrentUser user, CancellationToken ct)
    {
        var title = letter.Title.Length > ReviewDocumentConfiguration.TitleMaxLength
            ? letter.Title[..ReviewDocumentConfiguration.TitleMaxLength] : letter.Title;
        var fileName = string.Join('-', new[] { FileNames.Part(review.Reference), kind.FilePart(), FileNames.Part(letter.AgencyName ?? "") }
            .Where(p => p.Length > 0)) + ".docx";
        var stored = await files.AddAsync(db, new FileUpload(fileName, bytes.Length, new MemoryStream(bytes)), user.UserId,
            nameof(WriteLettersInput.Kind), ct);
        if (!stored.Succeeded)
        {
            return Result<Guid>.Refused(stored.Errors);
        }

        var document = await db.ReviewDocuments.Include(d => d.Versions)
            .SingleOrDefaultAsync(d => d.ReviewId == review.Id && d.Kind == DocumentKind.Letter && d.Title == title, ct);
        if (document is null)
        {
            document = new ReviewDocument { Id = Guid.NewGuid(), ReviewId = review.Id, Kind = DocumentKind.Letter, Title = title };
            db.ReviewDocuments.Add(document);
        }
        else
        {
            // Touching the document renews its version, so two coordinators writing the same letter at once conflict.
            document.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        }

        var version = new DocumentVersion
        {
            Id = Guid.NewGuid(),
            DocumentId = document.Id,
            Number = document.Versions.Count == 0 ? 1 : document.Versions.Max(v => v.Number) + 1,
            FileId = stored.Value!.Id,
        };
        db.DocumentVersions.Add(version);
        db.Record(time, user, AuditActions.WriteLetter, nameof(ReviewDocument), document.Id.ToString(),
            detail: $"{kind.Display()}, version {version.Number}, {stored.Value.Length} bytes, sha256 {stored.Value.Sha256}", reviewId: review.Id,
            changes: ChangedFields.Merge(ChangedFields.Field("Letter", null, kind.ToString()), ChangedFields.Field("Version", null, version.Number),
                ChangedFields.Field("FileName", null, stored.Value.FileName)));
        return Result<Guid>.Ok(version.Id);
    }

    private sealed record Letter(string Title, string? AgencyName, LetterModel Model);
}
