using DhrTracker.Core.Actions;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.BoardReports;

/// <summary>
/// The board report as a workbook with one sheet per table, in the words of the page, its dates as date cells shown the UK way, so the
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
            ["Open reviews"] = Workbook.Sheet(ReviewColumns, report.Reviews.Select(r => new object?[]
            {
                r.Reference, r.Stage.Display(), r.DateNotified, r.Clock.Kind.Display(), r.Clock.StatutoryDue,
                r.Clock.AdjustedDue, r.Clock.DaysOverdue, r.Clock.AdjustedDaysOverdue, string.Join("; ", r.Why),
                r.NextKeyDate?.Date, r.NextKeyDate?.What ?? "",
            })),
            ["Actions by agency"] = Workbook.Sheet(AgencyColumns, report.Agencies.Select(a => new object?[]
            {
                a.Agency, a.Actions, a.SignedOff, a.CompletionRate is { } rate ? $"{rate:P0}" : "", a.Overdue, a.AwaitingSignOff,
            })),
            ["Overdue actions"] = Workbook.Sheet(OverdueColumns, report.OverdueActions.Select(a => new object?[]
            {
                a.ReviewReference, a.Number, a.Description, a.OwnerAgency, a.LeadOfficer, a.TargetDate,
                report.AsOf.DayNumber - a.TargetDate.DayNumber, ActionNames.StatusText(a),
            })),
        };
        return await Workbook.WriteAsync(sheets, ["Notified", "Statutory due", "Adjusted due (pauses left out)", "Next key date", "Target date"], [], ct);
    }
}
