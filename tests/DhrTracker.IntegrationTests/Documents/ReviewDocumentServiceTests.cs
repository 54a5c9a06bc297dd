using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
using DhrTracker.IntegrationTests.Panel;

namespace DhrTracker.IntegrationTests.Documents;

public sealed class ReviewDocumentServiceTests
{
    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0];

    public static TheoryData<DatabaseProvider, string> BadFiles => new()
    {
        { DatabaseProvider.Sqlite, "exe" }, { DatabaseProvider.Sqlite, "oversize" },
        { DatabaseProvider.SqlServer, "exe" }, { DatabaseProvider.SqlServer, "oversize" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_naming_the_field_and_nothing_is_saved(DatabaseProvider provider, string kind)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var bytes = kind == "exe" ? Exe : PdfOf(FileRules.MaxBytes + 1);
        var upload = new FileUpload("imr.pdf", bytes.Length, new MemoryStream(bytes));

        var result = await c.Db.Get<ReviewDocumentService>().UploadAsync(c.Sat, new DocumentUploadInput { Kind = DocumentKind.Imr, Title = "Police IMR" }, upload);

        Assert.Equal(nameof(DocumentUploadInput.FileName), Assert.Single(result.Errors).Field);
        await using var context = c.Db.NewContext();
        Assert.Equal((0, 0, 0, 0), (await context.ReviewDocuments.CountAsync(), await context.DocumentVersions.CountAsync(),
            await context.StoredFiles.CountAsync(), await context.StoredFileContents.CountAsync()));
        Assert.Equal(0, await context.AuditEntries.CountAsync(a => a.Action == AuditActions.Upload));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Exactly_20_MB_is_stored_and_comes_back_byte_for_byte(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var bytes = PdfOf(FileRules.MaxBytes);
        var documents = c.Db.Get<ReviewDocumentService>();

        var version = await documents.UploadAsync(c.Sat, new DocumentUploadInput { Kind = DocumentKind.Chronology, Title = "GP chronology" },
            new FileUpload("chronology.pdf", bytes.Length, new MemoryStream(bytes)));

        Assert.True(version.Succeeded);
        Assert.Equal(bytes, (await documents.DownloadAsync(version.Value))!.Bytes);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task New_versions_are_numbered_and_listed_newest_first_and_every_transfer_is_audited(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var documents = c.Db.Get<ReviewDocumentService>();
        var first = await PanelAccessTests.UploadAsync(c.Db, c.Sat);
        var documentId = (await documents.ListAsync(c.Sat))!.Documents.Single().Id;

        var second = await documents.UploadAsync(c.Sat, new DocumentUploadInput { DocumentId = documentId }, CaseFile.Pdf());
        await documents.DownloadAsync(second.Value);

        var listed = (await documents.ListAsync(c.Sat))!.Documents.Single();
        Assert.Equal([(second.Value, 2), (first, 1)], listed.Versions.Select(v => (v.Id, v.Number)));
        await using var context = c.Db.NewContext();
        var audit = await context.AuditEntries.Where(a => a.Action == AuditActions.Upload || a.Action == AuditActions.Download)
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserId, a.Outcome }).ToListAsync();
        Assert.Equal([AuditActions.Upload, AuditActions.Upload, AuditActions.Download], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal((c.Coordinator, AuditOutcome.Succeeded), (a.UserId, a.Outcome)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_version_cannot_be_added_to_another_reviews_document(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        await PanelAccessTests.UploadAsync(c.Db, c.NotSat);
        var documents = c.Db.Get<ReviewDocumentService>();
        var other = (await documents.ListAsync(c.NotSat))!.Documents.Single().Id;

        // Another review's document is not found, exactly as an unknown one (R3, issue 10 item 6).
        await Assert.ThrowsAsync<NotFoundException>(() => documents.UploadAsync(c.Sat, new DocumentUploadInput { DocumentId = other }, CaseFile.Pdf()));

        await using var context = c.Db.NewContext();
        Assert.Equal(1, await context.StoredFiles.CountAsync());
    }

    private static byte[] PdfOf(long length)
    {
        var bytes = new byte[length];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
