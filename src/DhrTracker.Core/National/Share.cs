namespace DhrTracker.Core.National;

/// <summary>
/// A count out of a base: "4 of 7 reviews". The percentage is to one decimal place (half away from zero),
/// and null when the base is empty, so nothing divides by zero or shows "0%" for "no data".
/// </summary>
public sealed record Share(int Count, int Base)
{
    public decimal? Percent => Base == 0 ? null : Math.Round(100m * Count / Base, 1, MidpointRounding.AwayFromZero);
}
