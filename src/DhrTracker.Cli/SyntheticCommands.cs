using System.Diagnostics;
using System.Globalization;
using DhrTracker.Core.Synthetic;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Cli;

/// <summary>
/// <c>dhr seed-synthetic --partnerships N --reviews N --seed S</c>: fills an empty database with synthetic data
/// through <see cref="SyntheticSeeder"/> (ADR 0401) and says how much it wrote and how fast, so a benchmark database's
/// build time can be quoted.
/// </summary>
internal sealed class SyntheticCommands(IServiceProvider services, CliArguments arguments, TextWriter output, TextWriter error)
{
    private static readonly string[] Options = ["partnerships", "reviews", "seed"];

    public async Task<int> SeedAsync()
    {
        if (arguments.Options.Keys.FirstOrDefault(k => !Options.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } stray)
        {
            return await CliApp.UsageError(error, $"seed-synthetic takes --partnerships N, --reviews N and --seed S, not --{stray}.");
        }

        if (CliOptions.Missing(arguments.Options, Options) is { } missing)
        {
            return await CliApp.UsageError(error, missing);
        }

        var numbers = new Dictionary<string, int>();
        foreach (var name in Options)
        {
            var text = arguments.Options[name];
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return await CliApp.UsageError(error, $"--{name} must be a whole number, for example --{name} {(name == "partnerships" ? "10" : "3000")}, not '{text}'.");
            }

            numbers[name] = number;
        }

        var started = Stopwatch.GetTimestamp();
        var result = await services.GetRequiredService<SyntheticSeeder>()
            .SeedAsync(new SyntheticSeedRequest(numbers["partnerships"], numbers["reviews"], numbers["seed"]));
        if (!result.Succeeded)
        {
            return await CliOptions.RefusedAsync(error, result.Errors);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var report = result.Value!;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"seed-synthetic: seed {numbers["seed"]}: {report.Describe()} in {elapsed.TotalSeconds:0.0} s ({report.Rows / Math.Max(elapsed.TotalSeconds, 0.001):N0} rows a second)."));
        return 0;
    }
}
