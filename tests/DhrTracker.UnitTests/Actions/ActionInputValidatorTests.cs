using DhrTracker.Core.Actions;

namespace DhrTracker.UnitTests.Actions;

public sealed class ActionInputValidatorTests
{
    private static ActionInput Valid() => new()
    {
        Description = "Revise the risk assessment policy",
        OwnerAgencyId = 1,
        LeadOfficer = "Head of Safeguarding",
        TargetDate = new DateOnly(2027, 3, 31),
    };

    [Fact]
    public void A_complete_action_input_is_valid() => Assert.True(new ActionInputValidator().Validate(Valid()).IsValid);

    [Theory]
    [InlineData(ActionStatus.Complete)]
    [InlineData(ActionStatus.Cancelled)]
    public void Complete_and_cancelled_cannot_be_typed_as_a_status(ActionStatus status)
    {
        var input = Valid();
        input.Status = status;

        var error = Assert.Single(new ActionInputValidator().Validate(input).Errors);

        Assert.Equal(nameof(ActionInput.Status), error.PropertyName);
    }

    [Fact]
    public void Missing_owner_lead_and_target_are_each_named()
    {
        var result = new ActionInputValidator().Validate(new ActionInput { Description = "x" });

        Assert.Equal([nameof(ActionInput.OwnerAgencyId), nameof(ActionInput.LeadOfficer), nameof(ActionInput.TargetDate)],
            result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Cancelling_needs_a_reason() =>
        Assert.Equal("Give the reason for cancelling the action.",
            Assert.Single(new CancelActionInputValidator().Validate(new CancelActionInput { Reason = "" }).Errors).ErrorMessage);
}
