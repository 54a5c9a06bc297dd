using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DhrTracker.Core.Letters;

/// <summary>A letter as a Word document the coordinator edits before sending: one paragraph per line, A4, 11pt.</summary>
public static class LetterDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(string title, IReadOnlyList<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in paragraphs)
            {
                // Text, not markup: OpenXml escapes &, <, > and quotes when it writes the XML.
                body.Append(new Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { After = "120" }),
                    new Run(new RunProperties(new FontSize { Val = "22" }), new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            // A4 with 25 mm margins, in twentieths of a point.
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418, Right = 1418, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
            word.PackageProperties.Title = title;
            word.PackageProperties.Language = "en-GB";
        }

        return stream.ToArray();
    }

    /// <summary>The paragraphs' text read back, for tests and checks.</summary>
    public static IReadOnlyList<string> Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        return word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
    }
}
