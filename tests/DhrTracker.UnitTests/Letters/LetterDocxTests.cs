using DhrTracker.Core.Letters;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DhrTracker.UnitTests.Letters;

public sealed class LetterDocxTests
{
    [Fact]
    public void The_letter_is_valid_Office_Open_XML_with_one_paragraph_per_line()
    {
        var lines = LetterTemplateText.Render(LetterKind.ImrRequest, ShippedLetters.For(LetterKind.ImrRequest), SampleLetter.Full()).Value!;

        var bytes = LetterDocx.Write("IMR request: Northbridge Police", lines);

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(word).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal("IMR request: Northbridge Police", word.PackageProperties.Title);
        Assert.Equal(lines, LetterDocx.Read(bytes));
    }

    [Fact]
    public void Control_characters_are_dropped_rather_than_breaking_the_document()
    {
        var lines = LetterTemplateText.Paragraphs("Bell\u0007 and tab\tkept");

        Assert.Equal(["Bell and tab\tkept"], LetterDocx.Read(LetterDocx.Write("x", lines)));
    }
}
