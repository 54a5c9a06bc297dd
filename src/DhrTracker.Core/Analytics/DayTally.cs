namespace DhrTracker.Core.Analytics;

/// <summary>
/// Days taken, kept as how many reviews took each number of days (not one entry per review), so the median
/// and the longest come from memory that grows with the spread of days, never with the register.
/// </summary>
internal sealed class DayTally
{
    private readonly SortedDictionary<int, int> reviewsByDays = [];

    public int Reviews { get; private set; }
    public int Within { get; private set; }
    public int Beyond { get; private set; }

    /// <param name="withinClock">Whether it met its statutory date; null when no clock applies.</param>
    public void Add(int days, bool? withinClock)
    {
        reviewsByDays[days] = reviewsByDays.GetValueOrDefault(days) + 1;
        Reviews++;
        Within += withinClock == true ? 1 : 0;
        Beyond += withinClock == false ? 1 : 0;
    }

    public decimal? Longest => Reviews == 0 ? null : reviewsByDays.Keys.Last();

    /// <summary>The middle value; with an even number, halfway between the two middle ones.</summary>
    public decimal? Median => Reviews == 0 ? null : (At((Reviews - 1) / 2) + At(Reviews / 2)) / 2m;

    private int At(int index)
    {
        var seen = 0;
        foreach (var (days, count) in reviewsByDays)
        {
            seen += count;
            if (index < seen)
            {
                return days;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
