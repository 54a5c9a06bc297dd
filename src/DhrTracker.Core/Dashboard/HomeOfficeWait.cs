using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Dashboard;

/// <summary>A review waiting on the Home Office: to be told of a decision, or to return a QA outcome.</summary>
public sealed record HomeOfficeWait(Guid Id, string Reference, ReviewStage Stage, string WaitingFor, DateOnly? Since, int DaysWaiting);
