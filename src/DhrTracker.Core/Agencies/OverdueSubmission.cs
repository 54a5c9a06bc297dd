namespace DhrTracker.Core.Agencies;

/// <summary>A submission past its due date and not received, for the dashboard.</summary>
public sealed record OverdueSubmission(Guid ReviewId, string Reference, string Agency, SubmissionKind Kind, DateOnly Due, int DaysOverdue);
