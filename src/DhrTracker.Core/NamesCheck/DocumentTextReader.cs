using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DhrTracker.Core.NamesCheck;

/// <summary>
/// Reads the text of an uploaded report on the server (ADR 0396): a Word document through OpenXml (body paragraphs and
/// tables, headers, footers, footnotes, endnotes, comments, tracked deletions and the document's title), a PDF through
/// PdfPig (page by page, and its title). Anything it cannot read comes back as a plain-English problem, never an exception.
/// </summary>
public static class DocumentTextReader
{
    /// <summary>The first bytes of an OLE compound file: how Word stores a password-protected .docx (and old .doc files).</summary>
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static DocumentText Read(string fileName, byte[] bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".docx" when bytes.AsSpan().StartsWith(CompoundFile) => DocumentText.Unreadable(
                    "It is password-protected (encrypted), so its text cannot be checked. Upload a copy saved without a password."),
                ".docx" => ReadWord(bytes),
                ".pdf" => ReadPdf(bytes),
                _ => DocumentText.Unreadable("It is an image, so its text cannot be checked. Upload the report as a Word document (.docx) or a PDF."),
            };
        }
        catch (PdfDocumentEncryptedException)
        {
            return DocumentText.Unreadable("It is a password-protected (encrypted) PDF, so its text cannot be checked. Upload a copy saved without a password.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged or hostile file can make either library throw almost anything: the user learns the file is unreadable, never the exception.
            return DocumentText.Unreadable(extension == ".pdf"
                ? "The PDF is damaged or not a PDF the product can read, so its text cannot be checked. Save it again as a PDF and upload the new copy."
                : "The Word document is damaged or not a .docx the product can read, so its text cannot be checked. Open it in Word, save it again as .docx and upload the new copy.");
        }
    }

    private static DocumentText ReadWord(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        var main = word.MainDocumentPart ?? throw new InvalidDataException("No main part.");
        var passages = new List<DocumentPassage>();
        var number = 0;
        foreach (var paragraph in main.Document?.Body?.Descendants<Paragraph>() ?? [])
        {
            var text = TextOf(paragraph);
            if (!string.IsNullOrWhiteSpace(text))
            {
                number++;
                passages.Add(new(paragraph.Ancestors<TableCell>().Any() ? $"paragraph {number} (in a table)" : $"paragraph {number}", text));
            }
        }

        Add(passages, "header", main.HeaderParts.Select(h => h.Header));
        Add(passages, "footer", main.FooterParts.Select(f => f.Footer));
        Add(passages, "footnote", [main.FootnotesPart?.Footnotes]);
        Add(passages, "endnote", [main.EndnotesPart?.Endnotes]);
        Add(passages, "comment", [main.WordprocessingCommentsPart?.Comments]);
        var properties = word.PackageProperties;
        AddProperties(passages, properties.Title, properties.Subject, properties.Keywords, properties.Description);
        return new DocumentText(passages, null);
    }

    private static DocumentText ReadPdf(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var passages = new List<DocumentPassage>();
        foreach (var page in pdf.GetPages())
        {
            var text = string.Join(" ", page.GetWords().Select(w => w.Text));
            if (!string.IsNullOrWhiteSpace(text))
            {
                passages.Add(new($"page {page.Number}", text));
            }
        }

        if (passages.Count == 0)
        {
            return DocumentText.Unreadable(
                "The PDF holds no text the product can read (it may be a scan or a picture of the pages). Upload the report as a Word document (.docx) or a PDF saved from Word.");
        }

        AddProperties(passages, pdf.Information.Title, pdf.Information.Subject, pdf.Information.Keywords);
        return new DocumentText(passages, null);
    }

    private static void Add(List<DocumentPassage> passages, string location, IEnumerable<OpenXmlElement?> parts)
    {
        foreach (var paragraph in parts.OfType<OpenXmlElement>().SelectMany(p => p.Descendants<Paragraph>()))
        {
            var text = TextOf(paragraph);
            if (!string.IsNullOrWhiteSpace(text))
            {
                passages.Add(new(location, text));
            }
        }
    }

    private static void AddProperties(List<DocumentPassage> passages, params string?[] values)
    {
        var text = string.Join(" ", values.Where(v => !string.IsNullOrWhiteSpace(v)));
        if (text.Length > 0)
        {
            passages.Add(new("document properties (title, subject, keywords)", text));
        }
    }

    /// <summary>
    /// A paragraph's words as a reader sees them, whatever runs Word split them into; deleted text of tracked changes
    /// is kept, as it travels in the file. Field codes are not text and are left out.
    /// </summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case DeletedText d:
                    text.Append(d.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString();
    }
}
