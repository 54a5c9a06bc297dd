using DhrTracker.Core.Partnerships;

namespace DhrTracker.Core.Reviews;

/// <summary>A partnership's timescales (DHR-PRIMER section 3), all configurable.</summary>
public sealed record ClockSettings(int DecisionDueMonths, int ReportDueMonths, int AmberWindowDays)
{
    public static ClockSettings From(Partnership p) => new(p.DecisionDueMonths, p.ReportDueMonths, p.AmberWindowDays);
}
