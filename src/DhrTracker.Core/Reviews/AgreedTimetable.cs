namespace DhrTracker.Core.Reviews;

/// <summary>An agreed revised target date for the report, with why and when it was agreed.</summary>
public sealed record AgreedTimetable(DateOnly TargetDate, string? Reason, DateOnly? AgreedOn);
