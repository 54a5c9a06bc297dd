namespace DhrTracker.Core.National;

/// <summary>
/// The one national data set loaded (a load replaces the previous one in the same transaction): when, by
/// whom, from what, and how many rows, so a page can say "national picture: 647 published reviews, loaded 30 Nov 2026".
/// </summary>
public sealed class NationalDataSet
{
    public int Id { get; set; }
    public DateTime LoadedUtc { get; set; }
    public string LoadedByUserId { get; set; } = "";

    /// <summary>Where it came from, e.g. "DHRD (Cook &amp; Cook, 2026), MIT licence".</summary>
    public string Source { get; set; } = "";
    public int Incidents { get; set; }
    public int Victims { get; set; }
    public int Perpetrators { get; set; }
}
