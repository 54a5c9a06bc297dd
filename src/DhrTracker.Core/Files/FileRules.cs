using System.IO.Compression;

namespace DhrTracker.Core.Files;

/// <summary>
/// What may be uploaded: an allow-list of types recognised by their first bytes (never by the name
/// or the browser's content type alone), up to <see cref="MaxBytes"/>.
/// </summary>
public static class FileRules
{
    public const long MaxBytes = 20L * 1024 * 1024;
    public const int MaxFileNameLength = 255;

    public static readonly IReadOnlyList<FileKind> Allowed =
    [
        new("PDF", [".pdf"], "application/pdf", "%PDF-"u8.ToArray()),
        new("Word document", [".docx"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        new("JPEG image", [".jpg", ".jpeg"], "image/jpeg", [0xFF, 0xD8, 0xFF]),
        new("PNG image", [".png"], "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    public static string AllowedList => "PDF, Word (.docx), JPEG or PNG";

    /// <summary>The allowed kind for a file name's extension, or null.</summary>
    public static FileKind? ForName(string fileName) =>
        Allowed.FirstOrDefault(k => k.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()));

    /// <summary>Null when the content is what the name says; otherwise the plain-English reason.</summary>
    public static string? Check(string fileName, ReadOnlySpan<byte> content)
    {
        var kind = ForName(fileName);
        if (kind is null)
        {
            return $"The file must be a {AllowedList} file.";
        }

        if (content.Length == 0)
        {
            return "The file is empty.";
        }

        if (content.Length > MaxBytes)
        {
            return "The file must be 20 MB or smaller.";
        }

        var matches = content.StartsWith(kind.Magic) && (kind.Extensions[0] != ".docx" || IsWordDocument(content));
        return matches ? null : $"The file's content is not a {kind.Name}, although its name ends in {Path.GetExtension(fileName)}.";
    }

    /// <summary>Strips any folder part a browser may send and characters that break a download header.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();
        return name.Length > MaxFileNameLength ? name[^MaxFileNameLength..] : name;
    }

    /// <summary>A .docx is a zip holding a Word main part; any other zip (or a renamed archive) is refused.</summary>
    private static bool IsWordDocument(ReadOnlySpan<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray()), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
