using System.Globalization;
using DhrTracker.Core.Import;

namespace DhrTracker.Web.Components.Pages.Reviews.Import;

/// <summary>The words the import page uses for kinds, counts, sizes and progress.</summary>
public static class ImportNames
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Display(ImportKind kind) => kind == ImportKind.Reviews ? "Past reviews" : "Action plans";

    public static string Number(long n) => n.ToString("N0", Uk);

    public static string Count(int n, string one, string many) => $"{Number(n)} {(n == 1 ? one : many)}";

    /// <summary>Rounded up, so a file a byte over the limit never reads as the limit itself.</summary>
    public static string Size(long bytes) =>
        bytes < 1024 * 1024
            ? $"{Math.Max(1, Math.Ceiling(bytes / 1024d)).ToString("N0", Uk)} KB"
            : $"{(Math.Ceiling(bytes / (1024d * 1024) * 10) / 10).ToString("0.#", Uk)} MB";

    /// <summary>What the service is doing, for the progress bar's label.</summary>
    public static ImportActivityState Describe(ImportProgress p) => p.Phase switch
    {
        ImportPhase.Reading => new("Reading rows", p.Done, p.Total, "rows"),
        ImportPhase.Checking => new("Checking rows", p.Done, p.Total, "rows"),
        _ => new("Saving", p.Done, p.Total, "rows"),
    };
}
