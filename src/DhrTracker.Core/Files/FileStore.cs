using System.Security.Cryptography;
using DhrTracker.Core.Data;

namespace DhrTracker.Core.Files;

/// <summary>
/// Stores uploaded files in the database (transactional and backed up with the case data). Shared by
/// every feature with attachments: the caller adds its own row pointing at the file, its audit row,
/// and saves once, so a refused or failed upload leaves nothing behind.
/// </summary>
public sealed class FileStore(TimeProvider time)
{
    /// <summary>
    /// Reads and checks an upload and adds it to <paramref name="db"/> without saving. Refusals name
    /// <paramref name="field"/>. Reads at most one byte past the limit, whatever size the browser claimed.
    /// </summary>
    public async Task<Result<StoredFile>> AddAsync(AppDbContext db, FileUpload upload, string userId, string field,
        CancellationToken ct = default)
    {
        var name = FileRules.SafeName(upload.FileName);
        if (FileRules.ForName(name) is null)
        {
            return Result<StoredFile>.Refused(field, $"The file must be a {FileRules.AllowedList} file.");
        }

        if (upload.Size > FileRules.MaxBytes)
        {
            return Result<StoredFile>.Refused(field, "The file must be 20 MB or smaller.");
        }

        var bytes = await ReadCappedAsync(upload.Content, FileRules.MaxBytes + 1, ct);
        if (FileRules.Check(name, bytes) is { } problem)
        {
            return Result<StoredFile>.Refused(field, problem);
        }

        var file = new StoredFile
        {
            Id = Guid.NewGuid(),
            FileName = name,
            ContentType = FileRules.ForName(name)!.ContentType,
            Length = bytes.Length,
            Sha256 = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(),
            UploadedUtc = time.GetUtcNow().UtcDateTime,
            UploadedByUserId = userId,
        };
        db.StoredFiles.Add(file);
        db.StoredFileContents.Add(new StoredFileContent { FileId = file.Id, Bytes = bytes });
        return Result<StoredFile>.Ok(file);
    }

    /// <summary>Loads a file's bytes. The caller must already have decided that the user may have it.</summary>
    public static async Task<FileContent?> ReadAsync(AppDbContext db, Guid fileId, CancellationToken ct = default)
    {
        var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId, ct);
        var bytes = await db.StoredFileContents.AsNoTracking().Where(c => c.FileId == fileId).Select(c => c.Bytes)
            .SingleOrDefaultAsync(ct);
        return file is null || bytes is null ? null : new FileContent(file.FileName, file.ContentType, bytes);
    }

    private static async Task<byte[]> ReadCappedAsync(Stream content, long cap, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < cap && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, cap - buffer.Length)), ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
