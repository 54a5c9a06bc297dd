using CsvHelper;
using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using System.Globalization;
using System.Runtime.CompilerServices;

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
        // One review's plan is named after it, so a folder of exports reads as the reviews they came from.
        var reference = query.ReviewId is { } reviewId
            ? await db.Reviews.AsNoTracking().Visible(user).Where(r => r.Id == reviewId).Select(r => r.Reference).FirstOrDefaultAsync(ct)
            : null;
        var name = $"{(reference is null ? "" : FileNames.Part(reference) + "-")}action-plan-{today:yyyy-MM-dd}";
        // The rows stream from one query into the file: a national caseload (65,000 actions) held as objects took
        // hundreds of megabytes (docs/performance.md), and reading extra columns back by a list of ids overflowed the
        // parameters a statement may carry.
        var count = new Counter();
        var rows = Lines(await ActionDashboardService.FilteredAsync(db, user, query, today, ct), today, count, ct);
        var file = format == ExportFormat.Csv
            ? new FileContent($"{name}.csv", "text/csv", await CsvAsync(rows, ct))
            : new FileContent($"{name}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                await Workbook.WriteRowsAsync("Action plan", Columns, rows, ["Target date", "Date completed"], ["Signed off"], ct));
        db.Record(time, user, ActionAuditActions.Export, nameof(ActionItem), query.ReviewId?.ToString() ?? "filtered",
            detail: $"{format}, {count.Value} actions; {AuditFilters.Describe(query)}", reviewId: query.ReviewId);
        await db.SaveChangesAsync(ct);
        return file;
    }

    /// <summary>The plan's rows in plan order, read one at a time. Dates stay dates: the workbook stores them as date cells, the CSV writes them the UK way.</summary>
    private static async IAsyncEnumerable<object?[]> Lines(IQueryable<ActionItem> actions, DateOnly today, Counter count,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var lines = actions
            .OrderBy(a => a.Review!.Reference).ThenBy(a => a.Recommendation!.Number).ThenBy(a => a.Number)
            .Select(a => new
            {
                a.Review!.Reference,
                Rec = a.Recommendation!.Number,
                RecText = a.Recommendation.Text,
                AddressedTo = a.Recommendation.AddressedToAgency != null ? a.Recommendation.AddressedToAgency.Name : "The partnership",
                a.Recommendation.Scope,
                a.Number,
                a.Description,
                Agency = a.OwnerAgency!.Name,
                a.LeadOfficer,
                a.TargetDate,
                a.Status,
                a.Rag,
                a.Outcome,
                a.CompletedOn,
                a.SignedOffUtc,
            })
            .AsAsyncEnumerable();
        await foreach (var a in lines.WithCancellation(ct))
        {
            var shape = new ActionItem { Status = a.Status, Rag = a.Rag, TargetDate = a.TargetDate, SignedOffUtc = a.SignedOffUtc };
            count.Value++;
            yield return
            [
                a.Reference, a.Rec.ToString(CultureInfo.InvariantCulture), a.RecText, a.AddressedTo, ActionNames.Display(a.Scope), $"{a.Rec}.{a.Number}",
                a.Description, a.Agency, a.LeadOfficer, a.TargetDate, ActionNames.StatusText(shape, today), ActionNames.Display(ActionRules.ShownRag(shape, today)),
                a.Outcome, a.CompletedOn, a.SignedOffUtc is { } s ? UkDates.LocalTime(s) : null,
            ];
        }
    }

    private static async Task<byte[]> CsvAsync(IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        // A byte order mark so Excel opens UTF-8 (accents, curly quotes) correctly.
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true }, true))
        {
            await WriteRecordAsync(csv, [.. Columns], ct);
            await foreach (var row in rows.WithCancellation(ct))
            {
                await WriteRecordAsync(csv, row, ct);
            }

            await csv.FlushAsync(ct);
        }

        return buffer.ToArray();
    }

    private static async Task WriteRecordAsync(CsvWriter csv, object?[] row, CancellationToken ct)
    {
        foreach (var cell in row)
        {
            csv.WriteField(CsvText(cell));
        }

        await csv.EndRecordAsync(ct);
    }

    private static string CsvText(object? cell) => cell switch
    {
        DateOnly d => UkDates.Format(d),
        DateTime local => UkDates.FormatLocal(local),
        _ => SpreadsheetText.Safe(cell as string),
    };

    /// <summary>How many rows the stream gave, for the audit line (an iterator cannot return it).</summary>
    private sealed class Counter
    {
        public int Value { get; set; }
    }
}
