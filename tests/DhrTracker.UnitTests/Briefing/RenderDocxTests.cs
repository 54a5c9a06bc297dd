using DhrTracker.Core.Briefing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DhrTracker.UnitTests.Briefing;

public sealed class RenderDocxTests
{
    [Fact]
    public void The_docx_opens_and_is_valid_Office_Open_XML_for_Word_2010_on()
    {
        using var word = Open(BriefingDocx.Write(SampleBriefing.Seed()));

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Sections_are_Heading_2_paragraphs_under_a_Heading_1_title()
    {
        using var word = Open(BriefingDocx.Write(SampleBriefing.Seed()));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal("7-minute briefing: Domestic Homicide Reviews", Styled(paragraphs, "Heading1").Single());
        Assert.Equal(SampleBriefing.Headings, Styled(paragraphs, "Heading2"));
        Assert.Equal(["Acute hospital trust", "Housing"], Styled(paragraphs, "Heading3"));
        var styleIds = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Contains("Heading1", styleIds);
        Assert.Contains("Heading2", styleIds);
    }

    [Fact]
    public void Its_text_holds_the_counts_and_its_numbers_are_tables_with_a_repeated_header_row()
    {
        using var word = Open(BriefingDocx.Write(SampleBriefing.Seed() with { SmallNumberThreshold = 4 }));
        var body = word.MainDocumentPart!.Document!.Body!;

        Assert.Contains("There have been 7 Domestic Homicide Reviews in Northbridge involving the death of 9 victims.", body.InnerText);
        var themes = body.Elements<Table>().First();
        var rows = themes.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal([["Theme", "Reviews"], ["Professional curiosity", "5"], ["Routine enquiry", "fewer than 4"]], rows);
        Assert.NotNull(themes.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(2, body.Elements<Table>().Count());
    }

    [Fact]
    public void Without_held_reviews_the_docx_says_so()
    {
        using var word = Open(BriefingDocx.Write(SampleBriefing.NoReviews()));
        var body = word.MainDocumentPart!.Document!.Body!;

        Assert.Contains("No Domestic Homicide Reviews decided to be held were notified in this period.", body.InnerText);
        Assert.Empty(body.Elements<Table>());
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static List<string> Styled(IEnumerable<Paragraph> paragraphs, string style) =>
        paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(p => p.InnerText).ToList();
}
