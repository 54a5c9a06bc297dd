using DhrTracker.Core.Import;
using DhrTracker.Core.Partnerships;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Cli;

/// <summary>
/// <c>dhr import reviews|actions FILE --partnership NAME [--skip-existing] [--dry-run]</c>: the same
/// <see cref="ImportService"/> as the import page (ADR 0308), called as the installation. The preview goes
/// to standard output and every error, one <see cref="ImportProblem"/> a line, to standard error, so
/// <c>2&gt; errors.txt</c> keeps the full list (the page shows the first 200 and offers the rest as CSV).
/// </summary>
internal sealed class ImportCommands(IServiceProvider services, CliArguments arguments, TextWriter output, TextWriter error)
{
    public const string SkipExisting = "skip-existing";
    private const string Partnership = "partnership";

    public async Task<int> RunAsync(ImportKind kind)
    {
        var command = $"import {(kind == ImportKind.Reviews ? "reviews" : "actions")}";
        if (arguments.Options.Keys.FirstOrDefault(k => !k.Equals(Partnership, StringComparison.OrdinalIgnoreCase)) is { } stray)
        {
            return await CliApp.UsageError(error, $"{command} takes --{Partnership} NAME{(kind == ImportKind.Reviews ? $", --{SkipExisting}" : "")} and --{RetentionCommands.DryRun}, not --{stray}.");
        }

        if (arguments.Positional is not { } path)
        {
            return await CliApp.UsageError(error, $"missing FILE: dhr {command} FILE --{Partnership} NAME. Run 'dhr --help' for usage.");
        }

        if (CliOptions.Missing(arguments.Options, Partnership) is { } missing)
        {
            return await CliApp.UsageError(error, missing);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return await CliApp.UsageError(error, $"No file at '{path}'.");
        }

        var name = arguments.Options[Partnership];
        if (await services.GetRequiredService<PartnershipAdmin>().FindByNameAsync(name) is not { } partnership)
        {
            return await CliApp.UsageError(error, $"No partnership is called '{name}'.");
        }

        // By size before reading, so a huge file is never loaded into memory.
        if (file.Length > ImportLimits.MaxBytes)
        {
            await error.WriteLineAsync(new ImportProblem(null, null, null, ImportLimits.TooLarge(file.Length)).ToString());
            await output.WriteLineAsync($"import: nothing written; 1 error in {file.Name}");
            return 1;
        }

        var request = new ImportRequest(kind, file.Name, await File.ReadAllBytesAsync(file.FullName))
        {
            SkipExisting = arguments.Has(SkipExisting),
            PartnershipId = partnership.Id,
        };
        var dryRun = arguments.Has(RetentionCommands.DryRun);
        var importer = services.GetRequiredService<ImportService>();
        var result = dryRun ? await importer.PreviewAsync(request) : await importer.ImportAsync(request);
        if (!result.Succeeded)
        {
            return await CliOptions.RefusedAsync(error, result.Errors);
        }

        return await new ImportCommandOutput(output, error).WriteAsync(result.Value!, partnership.Name, dryRun);
    }
}
