namespace DhrTracker.Core.People;

/// <summary>A perpetrator as the current user may see it: sensitive facts in <c>Details</c> are null unless they may read them.</summary>
public sealed record PerpetratorView(Guid Id, AgeBand? Band, PerpetratorInput Details);
