using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Reads a written workbook's cells as Excel will (through the OpenXml SDK, not the library that wrote it): a cell's
/// stored kind, its value and the number format that decides how it shows, so a test can tell a date cell from text.
/// </summary>
public static class XlsxCells
{
    public sealed record XlsxCell(bool IsNumber, string Text, string? NumberFormat)
    {
        /// <summary>The date an Excel serial number stands for.</summary>
        public DateTime AsDate => DateTime.FromOADate(double.Parse(Text, CultureInfo.InvariantCulture));
    }

    /// <summary>The cell under <paramref name="header"/> in the <paramref name="row"/>-th data row (0 is the first below the headings).</summary>
    public static XlsxCell Read(byte[] workbook, string sheetName, string header, int row)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        var headings = rows[0].Elements<Cell>().ToList();
        var column = headings.FindIndex(c => TextOf(part, c) == header);
        Assert.True(column >= 0, $"No column headed '{header}' on sheet '{sheetName}'.");
        var cell = rows[row + 1].Elements<Cell>().Single(c => ColumnOf(c.CellReference!) == ColumnOf(headings[column].CellReference!));
        var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
        return new XlsxCell(isNumber, TextOf(part, cell), NumberFormatOf(part, cell));
    }

    private static string ColumnOf(string reference) => new([.. reference.TakeWhile(char.IsLetter)]);

    private static string TextOf(WorkbookPart part, Cell cell)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return part.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText;
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
    }

    private static string? NumberFormatOf(WorkbookPart part, Cell cell)
    {
        if (cell.StyleIndex is null)
        {
            return null;
        }

        var stylesheet = part.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex.Value);
        var id = format.NumberFormatId?.Value ?? 0;
        return stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == id)?.FormatCode?.Value
            ?? $"built-in {id}";
    }
}
