namespace DhrTracker.Core.People;

/// <summary>A victim as the current user may see it: sensitive facts in <c>Details</c> are null unless they may read them.</summary>
public sealed record VictimView(Guid Id, AgeBand Band, VictimInput Details);
