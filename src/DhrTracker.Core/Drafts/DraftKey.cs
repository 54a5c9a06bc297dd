namespace DhrTracker.Core.Drafts;

/// <summary>
/// Which form a draft belongs to: the review, the kind of form and the record being edited (<see cref="Guid.Empty"/>
/// while adding one). Each user has at most one draft per key.
/// </summary>
public sealed record DraftKey(Guid ReviewId, DraftForm Form, Guid RecordId)
{
    public static DraftKey Adding(Guid reviewId, DraftForm form) => new(reviewId, form, Guid.Empty);

    public bool IsNew => RecordId == Guid.Empty;
}
