using DhrTracker.Core.Common;
using DhrTracker.Core.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Cli;

/// <summary>
/// <c>dhr retention run [--dry-run]</c>: lists the reviews past their partnership's retention period and,
/// without <c>--dry-run</c>, removes them (ADR 0305). Prints references and rules, never case content.
/// </summary>
internal sealed class RetentionCommands(IServiceProvider services, CliArguments arguments, TextWriter output, TextWriter error)
{
    public const string DryRun = "dry-run";

    public async Task<int> RunAsync()
    {
        if (arguments.Options.Count > 0)
        {
            return await CliApp.UsageError(error, $"retention run takes only --{DryRun}, not --{arguments.Options.Keys.First()}.");
        }

        var dryRun = arguments.Has(DryRun);
        var result = await services.GetRequiredService<RetentionService>().RunAsync(dryRun);
        if (!result.Succeeded)
        {
            return await CliOptions.RefusedAsync(error, result.Errors);
        }

        var report = result.Value!;
        await output.WriteLineAsync($"retention: {(dryRun ? "dry run" : "run")} on {UkDates.Format(report.Today)}{(dryRun ? " (nothing is removed)" : "")}");
        await ListAsync(dryRun ? "Due for removal" : "Removed", report.Due, c => c.Removed is { } r
            ? $"{c.Rule}; removed {r.Rows} records and {r.Files} files" : c.Rule);
        await ListAsync("Kept under legal hold", report.Held, c => $"{c.Rule}; {c.Hold}");
        foreach (var failure in report.Failed)
        {
            await error.WriteLineAsync($"dhr: {failure.Review.Reference} ({failure.Review.Partnership}) was not removed, nothing of it changed: {failure.Reason}");
        }

        await output.WriteLineAsync(dryRun
            ? $"retention: {report.Due.Count} due for removal, {report.Held.Count} kept under legal hold. Run without --{DryRun} to remove them."
            : $"retention: {report.Due.Count} removed, {report.Held.Count} kept under legal hold, {report.Failed.Count} failed.");
        return report.Failed.Count == 0 ? 0 : 1;
    }

    private async Task ListAsync(string heading, IReadOnlyList<RetentionCandidate> reviews, Func<RetentionCandidate, string> line)
    {
        if (reviews.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync($"{heading} ({reviews.Count}):");
        foreach (var c in reviews)
        {
            await output.WriteLineAsync($"  {c.Reference} ({c.Partnership}): {line(c)}");
        }
    }
}
