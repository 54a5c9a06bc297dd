namespace DhrTracker.Core.People;

/// <summary>A victim as the current user may see it: <c>Details.RealName</c> is null unless they are a Coordinator.</summary>
public sealed record VictimView(Guid Id, AgeBand Band, VictimInput Details);
