namespace DhrTracker.Core.National;

/// <summary>
/// What national data is loaded: the set (null when none), the name of whoever loaded it, and the
/// shipped data's licence notice, which the administrator page shows beside it.
/// </summary>
public sealed record NationalDataStatus(NationalDataSet? Loaded, string? LoadedBy, bool CanLoad, string LicenceNotice);
