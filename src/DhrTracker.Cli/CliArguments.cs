namespace DhrTracker.Cli;

/// <summary>Parses <c>--key value</c> pairs; every option takes exactly one value.</summary>
public sealed record CliArguments(IReadOnlyDictionary<string, string> Options, string? Error)
{
    public static CliArguments Parse(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var key = e.Current;
            if (!key.StartsWith("--", StringComparison.Ordinal) || key.Length < 3)
            {
                return new(options, $"unexpected argument '{key}'. Options look like --name VALUE.");
            }

            if (!e.MoveNext() || e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                return new(options, $"option {key} needs a value.");
            }

            options[key[2..]] = e.Current;
        }

        return new(options, null);
    }
}
