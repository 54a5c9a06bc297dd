namespace DhrTracker.Core.Reviews;

/// <summary>
/// What a draft of the review's details holds (ADR 0406): the record as the user first opened it, and their entries.
/// The entries keep that record's version even after a merge in the form (ADR 0398), so a draft restored before the
/// user settled every clash is refused again and merged again, showing the clashes again, rather than saving their
/// value over the other person's unseen.
/// </summary>
public sealed record ReviewRecordDraft(ReviewRecordInput Opened, ReviewRecordInput Mine)
{
    public static ReviewRecordDraft Of(ReviewRecordInput firstOpened, ReviewRecordInput entries)
    {
        var mine = entries.Copy();
        mine.Version = firstOpened.Version;
        return new(firstOpened, mine);
    }
}
