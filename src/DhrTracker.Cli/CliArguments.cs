namespace DhrTracker.Cli;

/// <summary>
/// Parses <c>--key value</c> pairs, bare flags and, for commands that take one (<c>dhr import reviews FILE</c>),
/// one positional value. A flag (e.g. <c>--dry-run</c>) is a name in <see cref="Flags"/> and takes no value;
/// every other option takes exactly one.
/// </summary>
public sealed record CliArguments(IReadOnlyDictionary<string, string> Options, IReadOnlySet<string> FlagsGiven, string? Error)
{
    /// <summary>Options that are switches, not key-value pairs. Which command accepts which is the command's business.</summary>
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "dry-run", "skip-existing" };

    /// <summary>The one value not introduced by an option name, e.g. the file to import; null when none was given.</summary>
    public string? Positional { get; init; }

    public bool Has(string flag) => FlagsGiven.Contains(flag);

    public static CliArguments Parse(IEnumerable<string> args, bool takesPositional = false)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? positional = null;
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var key = e.Current;
            if (!key.StartsWith("--", StringComparison.Ordinal) || key.Length < 3)
            {
                if (takesPositional && positional is null && key.Length > 0)
                {
                    positional = key;
                    continue;
                }

                return new(options, flags, $"unexpected argument '{key}'. Options look like --name VALUE.");
            }

            if (Flags.Contains(key[2..]))
            {
                flags.Add(key[2..]);
                continue;
            }

            if (!e.MoveNext() || e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                return new(options, flags, $"option {key} needs a value.");
            }

            options[key[2..]] = e.Current;
        }

        return new(options, flags, null) { Positional = positional };
    }
}
