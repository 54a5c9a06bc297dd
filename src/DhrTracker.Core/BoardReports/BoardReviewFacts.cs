using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.BoardReports;

/// <summary>
/// Turns a review's clock and its running proceedings into the board's words. Pure, so each phrase and the
/// choice of next key date are unit-tested.
/// </summary>
public static class BoardReviewFacts
{
    public sealed record Proceeding(ProceedingType Type, ProceedingStatus Status, string? Description, DateOnly? NextKeyDate);

    public static IReadOnlyList<string> Why(ClockReading clock, DateOnly? pausedSince, IReadOnlyList<Proceeding> proceedings)
    {
        var why = new List<string>();
        if (clock.PausedFor is { } reason)
        {
            why.Add(pausedSince is { } since ? $"Paused: {reason.Display()}, since {UkDates.Format(since)}" : $"Paused: {reason.Display()}");
        }

        if (clock.PausedDays > 0)
        {
            var allowed = clock.AdjustedDaysOverdue > 0
                ? $"{Days(clock.AdjustedDaysOverdue)} overdue allowing for them"
                : "on time allowing for them";
            why.Add($"{Days(clock.PausedDays)} paused in all; {allowed}");
        }

        foreach (var p in proceedings.Where(p => p.Status != ProceedingStatus.Concluded))
        {
            var line = $"{p.Type.Display()}: {p.Status.Display().ToLowerInvariant()}";
            why.Add(p.NextKeyDate is { } d ? $"{line}, next key date {UkDates.Format(d)}" : line);
        }

        return why;
    }

    /// <summary>The earliest of the clock's due date and the running proceedings' next key dates that is today or later.</summary>
    public static KeyDate? NextKeyDate(ClockReading clock, IReadOnlyList<Proceeding> proceedings, DateOnly today)
    {
        var candidates = new List<KeyDate>();
        var due = clock.AdjustedDue ?? clock.StatutoryDue;
        if (due is { } d && clock.Kind != ClockKind.None)
        {
            candidates.Add(new KeyDate(d, clock.Kind == ClockKind.Decision ? "Decision due" : "Report due"));
        }

        candidates.AddRange(proceedings.Where(p => p.Status != ProceedingStatus.Concluded && p.NextKeyDate is not null)
            .Select(p => new KeyDate(p.NextKeyDate!.Value, $"{p.Type.Display()}: next key date")));
        return candidates.Where(c => c.Date >= today).OrderBy(c => c.Date).ThenBy(c => c.What, StringComparer.Ordinal).FirstOrDefault();
    }

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
