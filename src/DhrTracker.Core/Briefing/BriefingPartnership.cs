namespace DhrTracker.Core.Briefing;

/// <summary>The partnership's settings the briefing uses (issue 12): its names, the area, its own background text and small-number threshold.</summary>
public sealed record BriefingPartnership(
    int Id,
    string Name,
    string? AreaName,
    string ReviewTypeName,
    string? Background,
    int? SmallNumberThreshold);
