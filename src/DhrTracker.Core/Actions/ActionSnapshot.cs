namespace DhrTracker.Core.Actions;

/// <summary>A plan (one review's, or every visible one) as it stood at the end of <see cref="AsAt"/>, UK time.</summary>
public sealed record ActionSnapshot(DateOnly AsAt, IReadOnlyList<ActionRow> Actions)
{
    public int Overdue => Actions.Count(a => a.IsOverdue);
    public int SignedOff => Actions.Count(a => a.SignedOff);
    public double? CompletionRate => ActionRules.CompletionRate(SignedOff, Actions.Count(a => a.Status != ActionStatus.Cancelled));
}
