using System.Text.RegularExpressions;

namespace DhrTracker.Core.Reviews;

/// <summary>References are the partnership's prefix and a running number ("Northbridge DHR12").</summary>
public static class ReviewReferences
{
    /// <summary>
    /// The next free number after the highest already used with this prefix. References typed by hand
    /// for historic reviews count too, so a generated reference never collides with them.
    /// </summary>
    public static string Next(string prefix, IEnumerable<string> existing)
    {
        var pattern = new Regex("^" + Regex.Escape(prefix.Trim()) + @"\s*(\d{1,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var highest = existing
            .Select(r => pattern.Match(r.Trim()))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();
        return $"{prefix.Trim()}{highest + 1}";
    }
}
