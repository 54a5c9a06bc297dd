namespace DhrTracker.Core.Reviews.Qa;

/// <summary>
/// Pure rules about a review's areas for final development that other parts of the workflow ask:
/// how many are still open, and whether that stops publication (ADR 0371). The Publish move can call
/// <see cref="PublicationRefusal"/> with the review's areas and add the refusal it returns.
/// </summary>
public static class QaAreas
{
    public static int OpenCount(IEnumerable<QaDevelopmentArea> areas) => areas.Count(a => a.DoneOn is null);

    /// <summary>Publication waits until every area the QA letter raised is marked done.</summary>
    public static bool BlocksPublication(IEnumerable<QaDevelopmentArea> areas) => OpenCount(areas) > 0;

    /// <summary>The refusal for the Publish move, naming each open area by its number; null when none is open.</summary>
    public static FieldError? PublicationRefusal(IEnumerable<QaDevelopmentArea> areas, string field = "Move")
    {
        var open = areas.Where(a => a.DoneOn is null).Select(a => a.Number).Order().ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var which = open.Count == 1
            ? $"Area for final development {open[0]} from the QA letter is not yet done"
            : $"Areas for final development {Join(open)} from the QA letter are not yet done";
        return new FieldError(field, $"{which}: mark each done, with how the report addressed it, before recording publication.");
    }

    /// <summary>"1, 2 and 4".</summary>
    private static string Join(IReadOnlyList<int> numbers) =>
        $"{string.Join(", ", numbers.Take(numbers.Count - 1))} and {numbers[^1]}";
}
