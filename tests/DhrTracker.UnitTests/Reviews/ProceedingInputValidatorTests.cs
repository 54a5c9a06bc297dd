using DhrTracker.Core.Reviews;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.UnitTests.Reviews;

public sealed class ProceedingInputValidatorTests
{
    private readonly ProceedingInputValidator validator = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Type_and_status_are_required()
    {
        var errors = validator.Validate(new ProceedingInput()).Errors;
        Assert.Equal([nameof(ProceedingInput.Type), nameof(ProceedingInput.Status)], errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Another_review_must_be_named()
    {
        var input = new ProceedingInput { Type = ProceedingType.OtherReview, Status = ProceedingStatus.InProgress };
        Assert.Equal(nameof(ProceedingInput.Description), Assert.Single(validator.Validate(input).Errors).PropertyName);
    }

    [Fact]
    public void A_concluded_proceeding_needs_a_conclusion_date_on_or_after_its_start()
    {
        var input = new ProceedingInput { Type = ProceedingType.CriminalTrial, Status = ProceedingStatus.Concluded, StartDate = new DateOnly(2026, 5, 1) };
        Assert.Equal("Enter the date the proceeding concluded.", Assert.Single(validator.Validate(input).Errors).ErrorMessage);
        input.ConcludedDate = new DateOnly(2026, 4, 30);
        Assert.Equal("Concluded date must be on or after the start date.", Assert.Single(validator.Validate(input).Errors).ErrorMessage);
        input.ConcludedDate = new DateOnly(2026, 5, 1);
        Assert.True(validator.Validate(input).IsValid);
    }
}
