namespace DhrTracker.Core.Analytics;

/// <summary>The series' names in addresses and file names (<c>/learning/analytics/categories.csv</c>): stable, lower case.</summary>
public static class SeriesKeys
{
    public const string ReviewsPerYear = "reviews-per-year";
    public const string Categories = "categories";
    public const string VictimAgeBands = "victim-age-bands";
    public const string VictimSex = "victim-sex";
    public const string ThemesOverTime = "themes-over-time";
    public const string FindingsByAgency = "findings-by-agency";
    public const string FindingsByType = "findings-by-type";
    public const string ActionsByAgency = "actions-by-agency";
    public const string TimeToStage = "time-to-stage";
    public const string National = "local-and-national";

    public static readonly IReadOnlyList<string> All =
    [
        ReviewsPerYear, Categories, VictimAgeBands, VictimSex, ThemesOverTime, FindingsByAgency, FindingsByType,
        ActionsByAgency, TimeToStage, National,
    ];
}
