namespace DhrTracker.Core.Files;

/// <summary>The bytes of a <see cref="StoredFile"/>, loaded only when someone downloads it.</summary>
public sealed class StoredFileContent
{
    public Guid FileId { get; set; }
    public byte[] Bytes { get; set; } = [];
}
