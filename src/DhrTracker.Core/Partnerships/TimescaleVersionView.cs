namespace DhrTracker.Core.Partnerships;

/// <summary>One row of the settings page's timescale table; the base row (no effective date) covers reviews notified before any version.</summary>
public sealed record TimescaleVersionView(DateOnly? EffectiveFrom, int DecisionDueMonths, int ReportDueMonths, string? Reason);
