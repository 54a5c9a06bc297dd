using DhrTracker.Core.Common;

namespace DhrTracker.Cli;

/// <summary>What the commands share: required options and how a refusal is printed.</summary>
internal static class CliOptions
{
    public static string? Missing(IReadOnlyDictionary<string, string> options, params string[] required)
    {
        var missing = required.Where(r => !options.ContainsKey(r)).Select(r => $"--{r}").ToList();
        return missing.Count == 0 ? null : $"missing {string.Join(" and ", missing)}. Run 'dhr --help' for usage.";
    }

    /// <summary>Prints every reason, naming the option where there is one; exit code 1.</summary>
    public static async Task<int> RefusedAsync(TextWriter error, IEnumerable<FieldError> errors)
    {
        foreach (var e in errors)
        {
            await error.WriteLineAsync($"dhr: {(e.Field.Length > 0 ? $"--{e.Field.ToLowerInvariant()}: " : "")}{e.Message}");
        }

        return 1;
    }
}
