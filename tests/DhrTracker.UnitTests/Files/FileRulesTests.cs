using DhrTracker.Core.Files;

namespace DhrTracker.UnitTests.Files;

public sealed class FileRulesTests
{
    public static TheoryData<string, byte[]> GoodFiles => new()
    {
        { "Police IMR.pdf", SampleFiles.Pdf },
        { "chronology.DOCX", SampleFiles.Docx },
        { "photo.jpg", SampleFiles.Jpeg },
        { "photo.jpeg", SampleFiles.Jpeg },
        { "scan.png", SampleFiles.Png },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void Allowed_files_whose_content_matches_are_accepted(string name, byte[] content) => Assert.Null(FileRules.Check(name, content));

    [Fact]
    public void An_exe_renamed_pdf_is_refused() =>
        Assert.Equal("The file's content is not a PDF, although its name ends in .pdf.", FileRules.Check("report.pdf", SampleFiles.Exe));

    [Fact]
    public void A_pdf_renamed_png_is_refused() => Assert.NotNull(FileRules.Check("scan.png", SampleFiles.Pdf));

    [Fact]
    public void A_zip_renamed_docx_is_refused() => Assert.NotNull(FileRules.Check("imr.docx", SampleFiles.PlainZip));

    [Theory]
    [InlineData("tool.exe")]
    [InlineData("macro.docm")]
    [InlineData("page.html")]
    [InlineData("noextension")]
    public void Types_outside_the_allow_list_are_refused(string name) =>
        Assert.Equal("The file must be a PDF, Word (.docx), JPEG or PNG file.", FileRules.Check(name, SampleFiles.Pdf));

    [Fact]
    public void Exactly_20_MB_is_accepted_and_one_byte_more_is_refused()
    {
        var content = new byte[FileRules.MaxBytes + 1];
        SampleFiles.Pdf.CopyTo(content, 0);
        Assert.Null(FileRules.Check("big.pdf", content.AsSpan(0, (int)FileRules.MaxBytes)));
        Assert.Equal("The file must be 20 MB or smaller.", FileRules.Check("big.pdf", content));
    }

    [Fact]
    public void An_empty_file_is_refused() => Assert.Equal("The file is empty.", FileRules.Check("a.pdf", []));

    [Theory]
    [InlineData(@"C:\Users\someone\Desktop\IMR.pdf", "IMR.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("bad\"name\r\n.pdf", "badname.pdf")]
    public void Names_lose_folders_and_header_breaking_characters(string given, string expected) =>
        Assert.Equal(expected, FileRules.SafeName(given));
}
