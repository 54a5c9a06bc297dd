using DhrTracker.Core.Actions;

namespace DhrTracker.UnitTests.Actions;

public sealed class ActionRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static ActionItem Action(ActionStatus status = ActionStatus.OnTrack, DateOnly? target = null, bool signedOff = false) => new()
    {
        Status = status,
        TargetDate = target ?? Today,
        OwnerAgencyId = 7,
        CompletedByUserId = status == ActionStatus.Complete ? "lead" : null,
        SignedOffUtc = signedOff ? new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc) : null,
    };

    [Theory]
    [InlineData(ActionStatus.NotStarted, -1, true)]
    [InlineData(ActionStatus.OnTrack, -1, true)]
    [InlineData(ActionStatus.OffTrack, -30, true)]
    [InlineData(ActionStatus.OnTrack, 0, false)]
    [InlineData(ActionStatus.OffTrack, 1, false)]
    [InlineData(ActionStatus.Complete, -1, false)]
    [InlineData(ActionStatus.Cancelled, -1, false)]
    public void Overdue_is_derived_from_the_target_date_and_status(ActionStatus status, int daysFromToday, bool overdue) =>
        Assert.Equal(overdue, ActionRules.IsOverdue(Action(status, Today.AddDays(daysFromToday)), Today));

    [Fact]
    public void A_signed_off_action_past_its_date_is_not_overdue() =>
        Assert.False(ActionRules.IsOverdue(Action(ActionStatus.Complete, Today.AddDays(-5), signedOff: true), Today));

    [Theory]
    [InlineData(ActionStatus.NotStarted, false, true)]
    [InlineData(ActionStatus.Complete, false, true)]
    [InlineData(ActionStatus.Complete, true, false)]
    [InlineData(ActionStatus.Cancelled, false, false)]
    public void Only_signed_off_or_cancelled_actions_stop_counting_as_open(ActionStatus status, bool signedOff, bool open) =>
        Assert.Equal(open, ActionRules.IsOpen(Action(status, signedOff: signedOff)));

    [Fact]
    public void Complete_without_outcome_or_evidence_names_both_rules()
    {
        var errors = ActionRules.CheckComplete(Action(), " ", 0).ToList();

        Assert.Equal([nameof(CompleteActionInput.Outcome), "Evidence"], errors.Select(e => e.Field));
        Assert.Contains(errors, e => e.Message == "Attach at least one piece of evidence before marking the action complete.");
    }

    [Fact]
    public void Complete_with_outcome_and_one_piece_of_evidence_is_allowed() =>
        Assert.Empty(ActionRules.CheckComplete(Action(), "Policy revised and trained", 1));

    [Fact]
    public void A_cancelled_action_cannot_be_completed() =>
        Assert.Equal(ActionRules.Closed, Assert.Single(ActionRules.CheckComplete(Action(ActionStatus.Cancelled), "x", 1)).Message);

    [Fact]
    public void A_manager_outside_the_owner_agency_signs_off() =>
        Assert.Null(ActionRules.CheckSignOff(Action(ActionStatus.Complete), "manager", 3));

    [Fact]
    public void A_manager_of_the_owning_agency_cannot_sign_off() =>
        Assert.Equal(ActionRules.OwnerCannotSignOff, ActionRules.CheckSignOff(Action(ActionStatus.Complete), "manager", 7)!.Message);

    [Fact]
    public void Whoever_marked_it_complete_cannot_sign_it_off() =>
        Assert.Equal(ActionRules.OwnerCannotSignOff, ActionRules.CheckSignOff(Action(ActionStatus.Complete), "lead", null)!.Message);

    [Theory]
    [InlineData(ActionStatus.OnTrack, false)]
    [InlineData(ActionStatus.Cancelled, false)]
    [InlineData(ActionStatus.Complete, true)]
    public void Only_a_complete_unsigned_action_can_be_signed_off(ActionStatus status, bool alreadySigned)
    {
        var refusal = ActionRules.CheckSignOff(Action(status, signedOff: alreadySigned), "manager", 3);

        Assert.Equal(ActionRules.NotAwaitingSignOff, refusal!.Message);
    }

    [Theory]
    [InlineData(3, 4, 0.75)]
    [InlineData(0, 5, 0.0)]
    public void Completion_rate_is_signed_off_over_not_cancelled(int signedOff, int notCancelled, double rate) =>
        Assert.Equal(rate, ActionRules.CompletionRate(signedOff, notCancelled));

    [Fact]
    public void Completion_rate_of_nothing_is_unknown_not_zero() => Assert.Null(ActionRules.CompletionRate(0, 0));
}
