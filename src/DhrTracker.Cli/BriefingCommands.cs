using System.Globalization;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Partnerships;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Cli;

/// <summary>
/// <c>dhr briefing --partnership NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format json|markdown</c>: the 7-minute
/// briefing from the same <see cref="BriefingService"/> as the page, called as the installation, to standard output.
/// A date that is not YYYY-MM-DD or an end before the start is a usage error (2); no such partnership is 1.
/// </summary>
internal sealed class BriefingCommands(IServiceProvider services, CliArguments arguments, TextWriter output, TextWriter error)
{
    private const string Partnership = "partnership";
    private const string From = "from";
    private const string To = "to";
    private const string Format = "format";
    private static readonly string[] Known = [Partnership, From, To, Format];

    public async Task<int> RunAsync()
    {
        if (arguments.Options.Keys.FirstOrDefault(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } stray)
        {
            return await CliApp.UsageError(error, $"briefing takes --{Partnership} NAME, --{From} and --{To} YYYY-MM-DD and --{Format} json|markdown, not --{stray}.");
        }

        if (CliOptions.Missing(arguments.Options, Partnership, Format) is { } missing)
        {
            return await CliApp.UsageError(error, missing);
        }

        var format = arguments.Options[Format].ToLowerInvariant();
        if (format is not ("json" or "markdown"))
        {
            return await CliApp.UsageError(error, $"--{Format} must be json or markdown, not '{arguments.Options[Format]}'.");
        }

        if (!TryDate(From, out var from, out var problem) || !TryDate(To, out var to, out problem))
        {
            return await CliApp.UsageError(error, problem!);
        }

        if (from is { } start && to is { } end && end < start)
        {
            return await CliApp.UsageError(error, $"--{To}: {BriefingService.EndBeforeStart}");
        }

        var name = arguments.Options[Partnership];
        if (await services.GetRequiredService<PartnershipAdmin>().FindByNameAsync(name) is not { } partnership)
        {
            return await CliApp.Fail(error, $"No partnership is called '{name}'.");
        }

        var result = await services.GetRequiredService<BriefingService>().WriteAsync(new BriefingRequest(partnership.Id, from, to));
        if (!result.Succeeded)
        {
            return await CliOptions.RefusedAsync(error, result.Errors);
        }

        await output.WriteLineAsync(format == "json" ? BriefingJson.Write(result.Value!) : BriefingMarkdown.Write(result.Value!));
        return 0;
    }

    private bool TryDate(string option, out DateOnly? date, out string? problem)
    {
        date = null;
        problem = null;
        if (!arguments.Options.TryGetValue(option, out var text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        problem = $"--{option} must be a date written YYYY-MM-DD, for example 2024-04-01, not '{text}'.";
        return false;
    }
}
