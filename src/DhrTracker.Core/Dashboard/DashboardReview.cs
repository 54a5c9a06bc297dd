using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>A review on the dashboard, with its running clock read on today's UK date.</summary>
public sealed record DashboardReview(Guid Id, string Reference, ReviewStage Stage, ClockReading Clock);
