using DhrTracker.Core.Actions;

namespace DhrTracker.UnitTests.Actions;

/// <summary>The RAG shown is the rating set, never greener than the dates; progress moves Not started on (ADR 0380).</summary>
public sealed class ShownRagTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static ActionItem Action(ActionRag rag, int daysToTarget, ActionStatus status = ActionStatus.InProgress) =>
        new() { Status = status, Rag = rag, TargetDate = Today.AddDays(daysToTarget) };

    [Theory]
    [InlineData(ActionRag.Green, -1, ActionRag.Red)]
    [InlineData(ActionRag.Amber, -1, ActionRag.Red)]
    [InlineData(ActionRag.Green, 0, ActionRag.Amber)]
    [InlineData(ActionRag.Green, ActionRules.DueSoonDays, ActionRag.Amber)]
    [InlineData(ActionRag.Green, ActionRules.DueSoonDays + 1, ActionRag.Green)]
    [InlineData(ActionRag.Red, 100, ActionRag.Red)]
    [InlineData(ActionRag.Amber, 100, ActionRag.Amber)]
    public void The_rag_shown_is_never_greener_than_the_dates(ActionRag set, int daysToTarget, ActionRag shown) =>
        Assert.Equal(shown, ActionRules.ShownRag(Action(set, daysToTarget), Today));

    [Theory]
    [InlineData(ActionStatus.Complete)]
    [InlineData(ActionStatus.Cancelled)]
    public void A_complete_or_cancelled_action_keeps_the_rag_as_set(ActionStatus status) =>
        Assert.Equal(ActionRag.Green, ActionRules.ShownRag(Action(ActionRag.Green, -10, status), Today));

    [Theory]
    [InlineData(ActionStatus.NotStarted, null, ActionStatus.InProgress)]
    [InlineData(ActionStatus.NotStarted, ActionStatus.NotStarted, ActionStatus.NotStarted)]
    [InlineData(ActionStatus.OffTrack, null, ActionStatus.OffTrack)]
    [InlineData(ActionStatus.InProgress, ActionStatus.OnTrack, ActionStatus.OnTrack)]
    public void Progress_moves_not_started_to_in_progress_unless_a_status_is_chosen(ActionStatus current, ActionStatus? chosen, ActionStatus after) =>
        Assert.Equal(after, ActionRules.StatusAfterProgress(current, chosen));
}
