namespace DhrTracker.Core.People;

/// <summary>
/// A review's derived category (null until a relationship is recorded) and whether it is a suicide
/// case, which national reports count separately.
/// </summary>
public sealed record ReviewClassification(ReviewCategory? Category, bool IsSuicide);
