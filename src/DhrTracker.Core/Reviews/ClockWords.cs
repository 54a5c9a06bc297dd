namespace DhrTracker.Core.Reviews;

/// <summary>
/// A running clock in words: where the review stands against the statutory date (what the Home Office
/// measures, paused days included), then, once it has been paused, where it stands with the paused days left
/// out. Written once here so the review page, the dashboard and the board report say it the same way (ADR 0383).
/// </summary>
public static class ClockWords
{
    /// <summary>
    /// "61 days past the statutory date; on time allowing for 50 paused days", or "Due in 12 days (statutory
    /// date)" when never paused; null when no clock runs.
    /// </summary>
    public static string? Describe(ClockReading clock)
    {
        if (Statutory(clock) is not { } statutory)
        {
            return null;
        }

        var sentence = AllowingForPauses(clock) is { } adjusted ? $"{statutory}; {adjusted}" : statutory;
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    /// <summary>"61 days past the statutory date", "due today" or "due in 12 days (statutory date)"; null when no clock runs.</summary>
    public static string? Statutory(ClockReading clock) => clock.DaysRemaining switch
    {
        null => null,
        < 0 and var late => $"{Days(-late)} past the statutory date",
        0 => "due today",
        { } left => $"due in {Days(left)} (statutory date)",
    };

    /// <summary>
    /// "on time allowing for 50 paused days" or "11 days overdue allowing for 1 paused day"; null when no clock
    /// runs or it was never paused, as then the statutory figure is the whole story.
    /// </summary>
    public static string? AllowingForPauses(ClockReading clock)
    {
        if (clock.DaysRemaining is null || clock.PausedDays <= 0)
        {
            return null;
        }

        var standing = clock.AdjustedDaysOverdue > 0 ? $"{Days(clock.AdjustedDaysOverdue)} overdue" : "on time";
        return $"{standing} allowing for {clock.PausedDays} paused {(clock.PausedDays == 1 ? "day" : "days")}";
    }

    /// <summary>
    /// The RAG chip's words, measured against the date RAG follows (the statutory date, or an agreed one, ADR 0357):
    /// "1 day overdue", "Due today", "Due in 12 days". The review header and the dashboard table both use it.
    /// </summary>
    public static string RagStanding(ClockReading clock) => clock.Rag == Rag.Red
        ? $"{Days(clock.RagDaysOverdue)} overdue"
        : clock.RagDaysRemaining is 0 or null ? "Due today" : $"Due in {Days(clock.RagDaysRemaining.Value)}";

    /// <summary>"1 day", "12 days".</summary>
    public static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
