using DhrTracker.Core.National;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Cli;

/// <summary>
/// <c>dhr import national FOLDER</c>: loads the DHRD files (incidents.csv, victims.csv, perpetrators.csv)
/// from a folder as the installation's national reference data, through the same
/// <see cref="NationalDataService"/> as the administrator page. Every problem goes to standard error,
/// one a line; nothing is changed unless all three files are right.
/// </summary>
internal sealed class NationalCommands(IServiceProvider services, CliArguments arguments, TextWriter output, TextWriter error)
{
    public async Task<int> ImportAsync()
    {
        if (arguments.Options.Keys.FirstOrDefault() is { } stray)
        {
            return await CliApp.UsageError(error, $"import national takes a FOLDER only, not --{stray}.");
        }

        if (arguments.Positional is not { } folder)
        {
            return await CliApp.UsageError(error, "missing FOLDER: dhr import national FOLDER (the folder holding incidents.csv, victims.csv and perpetrators.csv).");
        }

        if (!Directory.Exists(folder))
        {
            return await CliApp.UsageError(error, $"No folder at '{folder}'.");
        }

        var result = await services.GetRequiredService<NationalDataService>().LoadAsync(await NationalDataFiles.FromFolderAsync(folder));
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync($"dhr: {e.Message}");
            }

            return 1;
        }

        var report = result.Value!;
        await output.WriteLineAsync($"national: loaded {report.Incidents:N0} incidents, {report.Victims:N0} victims and {report.Perpetrators:N0} perpetrators; the previous national data was replaced.");
        return 0;
    }
}
