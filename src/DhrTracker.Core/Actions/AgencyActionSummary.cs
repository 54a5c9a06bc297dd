namespace DhrTracker.Core.Actions;

/// <summary>One agency's line on the board's table: how much of what was asked is signed off, and how much is late.</summary>
public sealed record AgencyActionSummary(int AgencyId, string Agency, int Actions, int SignedOff, int Overdue, int AwaitingSignOff)
{
    /// <summary>Signed off out of all not cancelled; null when the agency has none.</summary>
    public double? CompletionRate => ActionRules.CompletionRate(SignedOff, Actions);
}
