namespace DhrTracker.Core.People;

public sealed record PerpetratorView(Guid Id, AgeBand? Band, PerpetratorInput Details);
