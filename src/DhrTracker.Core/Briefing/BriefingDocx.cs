using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// The briefing as a Word document for partnerships that edit it before sharing: Heading styles for the
/// structure, bulleted lists, and real tables (with a header row repeated across pages) for the numbers. A4.
/// </summary>
public static class BriefingDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(BriefingReport report) => Write(BriefingWording.Compose(report));

    /// <summary>Any document laid out in the briefing's blocks (the briefing; a printed review, ADR 0389).</summary>
    public static byte[] Write(BriefingDocument doc)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = BriefingDocxStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = BriefingDocxStyles.Bullets();
            var body = new Body(Styled("Heading1", doc.Title), Styled("Subtitle", doc.Period));
            foreach (var section in doc.Sections)
            {
                body.Append(Styled("Heading2", section.Heading));
                foreach (var block in section.Blocks)
                {
                    body.Append(Blocks(block));
                }
            }

            body.Append(Styled("Footer", doc.Footer));
            // A4 with 15 mm margins, in twentieths of a point.
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 850, Bottom = 850, Left = 850, Right = 850, Header = 425, Footer = 425, Gutter = 0 }));
            main.Document = new Document(body);
            word.PackageProperties.Title = $"{doc.Title} ({doc.Period})";
            word.PackageProperties.Language = "en-GB";
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Blocks(BriefingBlock block) => block switch
    {
        BriefingParagraph p => [Styled(null, p.Text)],
        BriefingSubheading h => [Styled("Heading3", h.Text)],
        BriefingList list => list.Items.Select(Bullet),
        BriefingTable table => [Styled("Caption", table.Caption), Table(table)],
        _ => [],
    };

    private static Paragraph Styled(string? style, string text, bool bold = false, bool right = false)
    {
        var props = new ParagraphProperties();
        if (style is not null)
        {
            props.Append(new ParagraphStyleId { Val = style });
        }

        if (right)
        {
            props.Append(new Justification { Val = JustificationValues.Right });
        }

        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new Paragraph(props, run);
    }

    private static Paragraph Bullet(string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BriefingDocxStyles.BulletNumberingId }),
            new SpacingBetweenLines { After = "40" }),
        new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(BriefingTable table)
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" };
        var result = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableCaption { Val = table.Caption }));
        // Word needs the grid's columns before the rows; auto widths then fit each column to its content.
        result.Append(new TableGrid(table.Headers.Select(_ => new GridColumn())));
        result.Append(Row(table, table.Headers, header: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(table, row, header: false));
        }

        return result;
    }

    private static TableRow Row(BriefingTable table, IReadOnlyList<string> cells, bool header)
    {
        // A header row is repeated at the top of each page the table runs onto.
        var row = header ? new TableRow(new TableRowProperties(new TableHeader())) : new TableRow();
        foreach (var (cell, i) in cells.Select((c, i) => (c, i)))
        {
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto, Width = "0" }),
                Styled(null, cell, bold: header || i == 0, right: BriefingTableLayout.IsNumber(table, i))));
        }

        return row;
    }
}
