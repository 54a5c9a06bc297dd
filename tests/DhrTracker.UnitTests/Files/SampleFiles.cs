using System.IO.Compression;
using System.Text;

namespace DhrTracker.UnitTests.Files;

/// <summary>Minimal real files of each type, built by hand from the formats' published signatures.</summary>
internal static class SampleFiles
{
    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0];

    /// <summary>The start of a Windows executable ("MZ" header).</summary>
    public static byte[] Exe => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static byte[] Docx => Zip("[Content_Types].xml", "word/document.xml", "word/_rels/document.xml.rels");

    /// <summary>A zip that is not a Word document (e.g. an archive renamed to .docx).</summary>
    public static byte[] PlainZip => Zip("readme.txt", "payload.bin");

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
