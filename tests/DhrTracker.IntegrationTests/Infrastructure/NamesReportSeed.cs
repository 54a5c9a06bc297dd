using System.Security.Cryptography;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
using DhrTracker.Tests.Shared;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// A draft overview report written straight to the database (no audit or timeline rows), naming someone (by default the
/// sister of <see cref="FamilySeed"/>) by their real name in its first paragraph: the names check (ADR 0396) finds one hit there.
/// </summary>
public static class NamesReportSeed
{
    public const string Location = "paragraph 1";

    /// <summary>Returns the version's id.</summary>
    public static async Task<Guid> SeedAsync(TestDatabase db, Guid reviewId, string uploadedBy, string realName = FamilySeed.SisterRealName)
    {
        var bytes = SampleReports.Docx([$"{realName} met the chair."]);
        await using var context = db.NewContext();
        var document = new ReviewDocument { Id = Guid.NewGuid(), ReviewId = reviewId, Kind = DocumentKind.DraftOverviewReport, Title = "Draft overview report" };
        var file = new StoredFile
        {
            Id = Guid.NewGuid(),
            FileName = "draft.docx",
            ContentType = FileRules.ForName("draft.docx")!.ContentType,
            Length = bytes.Length,
            Sha256 = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(),
            UploadedUtc = TestDatabase.Now.UtcDateTime,
            UploadedByUserId = uploadedBy,
        };
        var version = new DocumentVersion { Id = Guid.NewGuid(), DocumentId = document.Id, Number = 1, FileId = file.Id };
        context.AddRange(document, file, new StoredFileContent { FileId = file.Id, Bytes = bytes }, version);
        await context.SaveChangesAsync();
        return version.Id;
    }
}
