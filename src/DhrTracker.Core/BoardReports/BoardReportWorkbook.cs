using System.Data;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Reviews;
using MiniExcelLibs;

namespace DhrTracker.Core.BoardReports;

/// <summary>
/// The board report as a workbook with one sheet per table, in the words and UK dates of the page, so the
/// spreadsheet the board has read each quarter can be replaced without retyping. Text cells are neutralised
/// (<see cref="SpreadsheetText.Safe"/>) because references and action text are typed by people.
/// </summary>
public static class BoardReportWorkbook
{
    public static readonly IReadOnlyList<string> ReviewColumns =
    [
        "Review", "Stage", "Notified", "Clock", "Statutory due", "Adjusted due (pauses left out)", "Days overdue", "Days overdue allowing for pauses",
        "Why", "Next key date", "Next key event",
    ];

    public static readonly IReadOnlyList<string> AgencyColumns = ["Agency", "Actions", "Signed off", "Completion", "Overdue", "Awaiting sign-off"];

    public static readonly IReadOnlyList<string> OverdueColumns = ["Review", "Action no.", "Action", "Agency", "Lead officer", "Target date", "Days overdue", "Status"];

    public static async Task<byte[]> WriteAsync(BoardReport report, CancellationToken ct)
    {
        var sheets = new Dictionary<string, object>
        {
            ["Open reviews"] = Sheet(ReviewColumns, report.Reviews.Select(r => new object?[]
            {
                r.Reference, r.Stage.Display(), UkDates.Format(r.DateNotified), r.Clock.Kind.Display(), UkDates.Format(r.Clock.StatutoryDue),
                UkDates.Format(r.Clock.AdjustedDue), r.Clock.DaysOverdue, r.Clock.AdjustedDaysOverdue, string.Join("; ", r.Why),
                UkDates.Format(r.NextKeyDate?.Date), r.NextKeyDate?.What ?? "",
            })),
            ["Actions by agency"] = Sheet(AgencyColumns, report.Agencies.Select(a => new object?[]
            {
                a.Agency, a.Actions, a.SignedOff, a.CompletionRate is { } rate ? $"{rate:P0}" : "", a.Overdue, a.AwaitingSignOff,
            })),
            ["Overdue actions"] = Sheet(OverdueColumns, report.OverdueActions.Select(a => new object?[]
            {
                a.ReviewReference, a.Number, a.Description, a.OwnerAgency, a.LeadOfficer, UkDates.Format(a.TargetDate),
                report.AsOf.DayNumber - a.TargetDate.DayNumber, ActionNames.StatusText(a),
            })),
        };
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return buffer.ToArray();
    }

    /// <summary>A table rather than rows of dictionaries, so a sheet with nothing overdue still has its headings.</summary>
    private static DataTable Sheet(IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var table = new DataTable();
        foreach (var column in columns)
        {
            table.Columns.Add(column, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(cell => cell is string s ? SpreadsheetText.Safe(s) : cell ?? DBNull.Value).ToArray());
        }

        return table;
    }
}
