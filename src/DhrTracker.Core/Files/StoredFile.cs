namespace DhrTracker.Core.Files;

/// <summary>
/// Metadata of an uploaded file. The bytes live in <see cref="StoredFileContent"/>, a separate
/// table, so listing files never reads them. Files are immutable: a new upload is a new file.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }

    /// <summary>The name as uploaded (path stripped); used only as the download name, never as a storage path.</summary>
    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";
    public long Length { get; set; }

    /// <summary>SHA-256 of the bytes, hex: lets a download be checked against what was uploaded.</summary>
    public string Sha256 { get; set; } = "";

    public DateTime UploadedUtc { get; set; }
    public string UploadedByUserId { get; set; } = "";
}
