namespace DhrTracker.Core.People;

/// <summary>Home Office DHR Library outcome vocabulary; <see cref="Pending"/> covers the common case of a trial not yet held.</summary>
public enum CourtOutcome
{
    Unknown,
    Pending,
    Murder,
    Manslaughter,
    ManslaughterDiminishedResponsibility,
    NotGuilty,
    UnfitToPlead,

    /// <summary>No one was prosecuted: the perpetrator died, or the review is of a suicide.</summary>
    NoProsecution,
    Other,
}
