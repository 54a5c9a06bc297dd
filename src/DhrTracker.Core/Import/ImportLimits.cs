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

    /// <summary>The page lists this many errors; the full list downloads as CSV.</summary>
    public const int ErrorsShown = 200;
}
