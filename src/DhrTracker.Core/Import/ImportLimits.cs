using System.Globalization;

namespace DhrTracker.Core.Import;

public static class ImportLimits
{
    /// <summary>
    /// Refused by size before anything is parsed. A partnership's whole history (tens of reviews) is a
    /// few kilobytes; a national register of 10,000 victim rows is about 2 MB.
    /// </summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Rows beyond this are refused before checking (a regional installation's history fits many times over).</summary>
    public const int MaxRows = 50_000;

    /// <summary>
    /// The refusal of a file over <see cref="MaxBytes"/>, in the same words from the service, the page and
    /// the command. The size is rounded up, so a file just over the limit never reads as the limit itself.
    /// </summary>
    public static string TooLarge(long bytes, string? fileName = null) => string.Create(CultureInfo.InvariantCulture,
        $"{fileName ?? "The file"} is {Math.Ceiling(bytes * 10.0 / (1024 * 1024)) / 10:0.#} MB, larger than the {MaxBytes / (1024 * 1024)} MB limit. Split it into smaller files and import each one.");

    /// <summary>The page lists this many errors; the full list downloads as CSV.</summary>
    public const int ErrorsShown = 200;
}
