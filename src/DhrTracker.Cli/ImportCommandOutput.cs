using DhrTracker.Core.Actions;
using DhrTracker.Core.Common;
using DhrTracker.Core.Import;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Cli;

/// <summary>
/// Prints an <see cref="ImportReport"/> as the import page shows it: counts, what would be (or was) created,
/// warnings, skipped references, then every error on standard error, then one closing line. Returns the exit code.
/// </summary>
internal sealed class ImportCommandOutput(TextWriter output, TextWriter error)
{
    public async Task<int> WriteAsync(ImportReport report, string partnership, bool dryRun)
    {
        var kind = report.Kind == ImportKind.Reviews ? "reviews" : "action plans";
        await output.WriteLineAsync($"import: {kind} from {report.FileName} into {partnership}{(dryRun ? " (dry run: nothing is written)" : "")}");
        await output.WriteLineAsync($"{Count(report.DataRows, "row")}: {report.Counts}");
        await ListAsync("Reviews", report.Reviews, r =>
            $"{r.Reference}: {r.Decision.Display()}{(r.DecisionDate is { } d ? $" ({UkDates.Format(d)})" : "")}, {r.Stage.Display()}, {Count(r.Victims, "victim")}");
        await ListAsync("Actions", report.Actions, a =>
            $"{a.Reference} {a.RecommendationNumber}.{a.ActionNumber} ({a.OwnerAgency}, target {UkDates.Format(a.TargetDate)}, " +
            $"{ActionNames.Display(a.Status)}{(a.CompletedOn is { } c ? $" {UkDates.Format(c)}" : "")}): {a.Action}");
        await ListAsync("Warnings", report.Warnings, w => w.ToString());
        await ListAsync("Skipped, already in the register", report.Skipped, s => s);
        foreach (var problem in report.Errors)
        {
            await error.WriteLineAsync(problem.ToString());
        }

        var skipped = report.Skipped.Count > 0 ? $"; skipped {report.Skipped.Count} already in the register" : "";
        if (report.Errors.Count > 0)
        {
            await output.WriteLineAsync($"import: nothing written; {Count(report.Errors.Count, "error")} in {report.FileName}");
            return 1;
        }

        await output.WriteLineAsync((report.CanImport, dryRun) switch
        {
            (false, _) => $"import: nothing to import from {report.FileName}{skipped}",
            (true, true) => $"import: {report.Counts} would be imported from {report.FileName}{skipped}. Run without --{RetentionCommands.DryRun} to import them.",
            (true, false) => $"import: {report.Counts} imported from {report.FileName}{skipped}",
        });
        return 0;
    }

    private static string Count(int n, string noun) => ImportReport.Count(n, noun);

    private async Task ListAsync<T>(string heading, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync($"{heading} ({items.Count}):");
        foreach (var item in items)
        {
            await output.WriteLineAsync($"  {line(item)}");
        }
    }
}
