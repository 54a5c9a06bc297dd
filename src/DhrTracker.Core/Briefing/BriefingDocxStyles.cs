using DocumentFormat.OpenXml.Wordprocessing;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// The .docx's styles and bullet numbering. Real Heading 1-3 styles (not bold text) so Word's navigation
/// pane and screen readers see the structure; English (UK) so Word spell-checks it as such.
/// </summary>
internal static class BriefingDocxStyles
{
    public const int BulletNumberingId = 1;

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "20" }, new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "100", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading(1, 34),
        Heading(2, 25),
        Heading(3, 21),
        Paragraph("ListParagraph", "List Paragraph", new StyleRunProperties()),
        Paragraph("Caption", "caption", new StyleRunProperties(new Bold(), new FontSize { Val = "18" })),
        Paragraph("Subtitle", "Subtitle", new StyleRunProperties(new Bold(), new Color { Val = "505A5F" }, new FontSize { Val = "24" })),
        Paragraph("Footer", "footer", new StyleRunProperties(new Color { Val = "505A5F" }, new FontSize { Val = "16" })));

    public static Numbering Bullets() => new(
        new AbstractNum(
            new Level(
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "283" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });

    private static Style Heading(int level, int halfPoints) => new(
        new StyleName { Val = $"heading {level}" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new UIPriority { Val = 9 },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = level == 1 ? "0" : "200", After = "80" },
            new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(new Bold(), new Color { Val = level == 2 ? "1D70B8" : "0B0C0C" }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
    { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };

    private static Style Paragraph(string id, string name, StyleRunProperties run) => new(
        new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), run)
    { Type = StyleValues.Paragraph, StyleId = id };
}
