namespace DhrTracker.Core.Common;

/// <summary>
/// Thrown when a record does not exist or the user may not see it: the two are deliberately
/// indistinguishable so that a record's existence never leaks.
/// </summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
