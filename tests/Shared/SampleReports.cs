using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Footer = DocumentFormat.OpenXml.Wordprocessing.Footer;
using Header = DocumentFormat.OpenXml.Wordprocessing.Header;
using PageSize = UglyToad.PdfPig.Content.PageSize;

namespace DhrTracker.Tests.Shared;

/// <summary>
/// Reports made in the test, as Word and PDF files (ADR 0396's names check reads them back). In a .docx line a '|' splits
/// the text into runs, as Word splits a word it has spell-checked or formatted in part.
/// </summary>
public static class SampleReports
{
    public static byte[] Docx(IReadOnlyList<string> body, IReadOnlyList<string>? table = null, string? header = null, string? footer = null)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var content = new Body(body.Select(Para));
            if (table is { Count: > 0 })
            {
                content.Append(new Table(table.Select(row => new TableRow(new TableCell(Para(row))))));
                content.Append(new Paragraph());
            }

            var section = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(Para(header));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(Para(footer));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            content.Append(section);
            main.Document = new Document(content);
        }

        return stream.ToArray();
    }

    /// <summary>One PDF page per entry; each line of an entry is written as a line of text.</summary>
    public static byte[] Pdf(params string[] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in text.Split('\n'))
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 16;
            }
        }

        return builder.Build();
    }

    /// <summary>A one-page PDF encrypted with a user password (standard security handler, RC4 40-bit): it opens only with the password.</summary>
    public static byte[] EncryptedPdf()
    {
        var zeros = new string('0', 64);
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{zeros}> /U <{zeros}> /P -44 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>\n");
        pdf.Append($"startxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static Paragraph Para(string line) =>
        new(line.Split('|').Select(run => new Run(new Text(run) { Space = SpaceProcessingModeValues.Preserve })));
}
