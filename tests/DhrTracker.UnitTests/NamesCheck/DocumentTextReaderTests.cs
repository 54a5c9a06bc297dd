using DhrTracker.Core.NamesCheck;
using DhrTracker.Tests.Shared;

namespace DhrTracker.UnitTests.NamesCheck;

/// <summary>ADR 0396: the report's text as the names check reads it, with the place a reader finds each passage; unreadable files refused in words.</summary>
public sealed class DocumentTextReaderTests
{
    [Fact]
    public void A_word_document_is_read_from_its_body_tables_header_and_footer_with_paragraph_numbers_that_skip_blank_lines()
    {
        var bytes = SampleReports.Docx(["Introduction", "", "The panel met six times."], table: ["Agency: Police"], header: "Draft overview report", footer: "Page 1");

        var text = DocumentTextReader.Read("report.docx", bytes);

        Assert.Null(text.Problem);
        Assert.Equal(
            [
                new DocumentPassage("paragraph 1", "Introduction"),
                new DocumentPassage("paragraph 2", "The panel met six times."),
                new DocumentPassage("paragraph 3 (in a table)", "Agency: Police"),
                new DocumentPassage("header", "Draft overview report"),
                new DocumentPassage("footer", "Page 1"),
            ],
            text.Passages);
    }

    [Fact]
    public void Words_Word_split_into_several_runs_are_read_as_one_paragraph()
    {
        var text = DocumentTextReader.Read("report.docx", SampleReports.Docx(["Rowe|na Fair|weather was seen"]));

        Assert.Equal("Rowena Fairweather was seen", Assert.Single(text.Passages).Text);
    }

    [Fact]
    public void A_pdf_is_read_page_by_page()
    {
        var text = DocumentTextReader.Read("report.pdf", SampleReports.Pdf("Summary of the review", "Chronology\nThe GP saw her twice."));

        Assert.Null(text.Problem);
        Assert.Equal(["page 1", "page 2"], text.Passages.Select(p => p.Location));
        Assert.Equal("Chronology The GP saw her twice.", text.Passages[1].Text);
    }

    [Fact]
    public void A_damaged_word_document_is_refused_in_words_not_with_an_exception()
    {
        var bytes = SampleReports.Docx(["Rowena Fairweather"]);
        var damaged = bytes.Take(200).Concat(new byte[300]).ToArray();

        var text = DocumentTextReader.Read("report.docx", damaged);

        Assert.Empty(text.Passages);
        Assert.StartsWith("The Word document is damaged", text.Problem);
    }

    [Fact]
    public void A_password_protected_word_document_is_refused_as_encrypted()
    {
        // Word saves an encrypted .docx as an OLE compound file, not a zip.
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var text = DocumentTextReader.Read("report.docx", compound);

        Assert.Empty(text.Passages);
        Assert.StartsWith("It is password-protected (encrypted)", text.Problem);
    }

    [Fact]
    public void A_password_protected_pdf_is_refused_as_encrypted()
    {
        var text = DocumentTextReader.Read("report.pdf", SampleReports.EncryptedPdf());

        Assert.Empty(text.Passages);
        Assert.StartsWith("It is a password-protected (encrypted) PDF", text.Problem);
    }

    [Theory]
    [InlineData("%PDF-1.7\n%%EOF\n")]
    [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage garbage\n")]
    public void A_pdf_that_is_damaged_or_holds_no_text_is_refused_in_words(string content)
    {
        var text = DocumentTextReader.Read("report.pdf", System.Text.Encoding.ASCII.GetBytes(content));

        Assert.Empty(text.Passages);
        Assert.StartsWith("The PDF ", text.Problem);
        Assert.Contains("upload", text.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_image_cannot_be_checked()
    {
        var text = DocumentTextReader.Read("scan.png", [0x89, 0x50, 0x4E, 0x47]);

        Assert.StartsWith("It is an image", text.Problem);
    }
}
