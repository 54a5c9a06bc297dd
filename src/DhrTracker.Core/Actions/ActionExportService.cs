using CsvHelper;
using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using MiniExcelLibs;

namespace DhrTracker.Core.Actions;

/// <summary>
/// The action plan as a spreadsheet (one review, or any filtered set of actions), in the columns of
/// published DHR action plans. Only plan content; every text cell neutralised; every export audited.
/// </summary>
public sealed class ActionExportService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Review", "Recommendation no.", "Recommendation", "Addressed to", "Scope", "Action no.", "Action", "Lead agency",
        "Lead officer", "Target date", "Status", "RAG", "Outcome", "Date completed", "Signed off",
    ];

    public async Task<FileContent> ExportAsync(ActionQuery query, ExportFormat format, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var today = UkDates.TodayInUk(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await ActionDashboardService.AllAsync(db, user, query, today, ct);
        // The plan columns the grid does not show, read through the same filter rather than by a list of the rows' ids: a
        // national caseload has tens of thousands of actions, more than SQL Server takes parameters (2,100) or SQLite
        // variables (32,766), and EF Core 10 sends a list as one parameter per id.
        var extra = await (await ActionDashboardService.FilteredAsync(db, user, query, today, ct))
            .Select(a => new
            {
                a.Id,
                a.Outcome,
                a.CompletedOn,
                a.SignedOffUtc,
                a.Recommendation!.Scope,
                AddressedTo = a.Recommendation.AddressedToAgency != null ? a.Recommendation.AddressedToAgency.Name : "The partnership",
            })
            .ToDictionaryAsync(a => a.Id, ct);
        // An action removed between the two reads is left out rather than half-filled.
        var table = rows.Where(r => extra.ContainsKey(r.Id)).Select(r =>
        {
            var x = extra[r.Id];
            var dot = r.Number.IndexOf('.');
            // Dates stay dates: the workbook stores them as date cells, the CSV writes them the UK way.
            return new object?[]
            {
                r.ReviewReference, r.Number[..dot], r.RecommendationText, x.AddressedTo, ActionNames.Display(x.Scope), r.Number, r.Description,
                r.OwnerAgency, r.LeadOfficer, r.TargetDate, ActionNames.StatusText(r), ActionNames.Display(r.Rag), x.Outcome,
                x.CompletedOn, x.SignedOffUtc is { } s ? UkDates.LocalTime(s) : null,
            };
        }).ToList();

        // One review's plan is named after it, so a folder of exports reads as the reviews they came from.
        var reference = query.ReviewId is { } reviewId
            ? await db.Reviews.AsNoTracking().Visible(user).Where(r => r.Id == reviewId).Select(r => r.Reference).FirstOrDefaultAsync(ct)
            : null;
        var name = $"{(reference is null ? "" : FileNames.Part(reference) + "-")}action-plan-{today:yyyy-MM-dd}";
        var file = format == ExportFormat.Csv
            ? new FileContent($"{name}.csv", "text/csv", await CsvAsync(table, ct))
            : new FileContent($"{name}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", await XlsxAsync(table, ct));
        db.Record(time, user, ActionAuditActions.Export, nameof(ActionItem), query.ReviewId?.ToString() ?? "filtered",
            detail: $"{format}, {table.Count} actions; {AuditFilters.Describe(query)}", reviewId: query.ReviewId);
        await db.SaveChangesAsync(ct);
        return file;
    }

    private static async Task<byte[]> CsvAsync(List<object?[]> table, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        // A byte order mark so Excel opens UTF-8 (accents, curly quotes) correctly.
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true }, true))
        {
            foreach (var row in table.Prepend([.. Columns]))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(CsvText(cell));
                }

                await csv.EndRecordAsync(ct);
            }

            await csv.FlushAsync(ct);
        }

        return buffer.ToArray();
    }

    private static string CsvText(object? cell) => cell switch
    {
        DateOnly d => UkDates.Format(d),
        DateTime local => UkDates.FormatLocal(local),
        _ => SpreadsheetText.Safe(cell as string),
    };

    private static Task<byte[]> XlsxAsync(List<object?[]> table, CancellationToken ct) =>
        Workbook.WriteAsync(new Dictionary<string, object> { ["Action plan"] = Workbook.Sheet(Columns, table) },
            ["Target date", "Date completed"], ["Signed off"], ct);
}
