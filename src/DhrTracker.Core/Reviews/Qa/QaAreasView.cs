namespace DhrTracker.Core.Reviews.Qa;

/// <summary>
/// A review's areas for final development, in the order of the QA letter, and what the user may do:
/// <see cref="CanManage"/> (add, edit, reopen) and <see cref="CanMarkDone"/> come from <see cref="Access.ReviewAccess"/>;
/// <see cref="AddBlockedBecause"/> says why none can be added now (no QA outcome yet, review ended), null when they can.
/// </summary>
public sealed record QaAreasView(
    IReadOnlyList<QaAreaItem> Items,
    bool CanManage,
    bool CanMarkDone,
    string? AddBlockedBecause,
    DateOnly? QaSubmissionDate,
    DateOnly? QaOutcomeDate,
    bool IsEnded)
{
    public int OpenCount => Items.Count(i => !i.IsDone);

    /// <summary>The number the next area would usually take.</summary>
    public int NextNumber => Items.Count == 0 ? 1 : Items.Max(i => i.Number) + 1;
}
