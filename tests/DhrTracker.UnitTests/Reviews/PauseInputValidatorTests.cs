using DhrTracker.Core.Reviews;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.UnitTests.Reviews;

public sealed class PauseInputValidatorTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Pause_needs_a_reason_and_a_start_date()
    {
        var errors = new PauseReviewInputValidator(Time).Validate(new PauseReviewInput()).Errors;
        Assert.Contains(errors, e => e.PropertyName == nameof(PauseReviewInput.Reason) && e.ErrorMessage == "Choose why the review is paused.");
        Assert.Contains(errors, e => e.PropertyName == nameof(PauseReviewInput.StartDate) && e.ErrorMessage == "Enter the date the pause started.");
    }

    [Fact]
    public void Reason_other_needs_a_note()
    {
        var input = new PauseReviewInput { Reason = PauseReason.Other, StartDate = new DateOnly(2026, 11, 1) };
        var error = Assert.Single(new PauseReviewInputValidator(Time).Validate(input).Errors);
        Assert.Equal(nameof(PauseReviewInput.Note), error.PropertyName);
    }

    [Fact]
    public void Pause_cannot_start_in_the_future()
    {
        var input = new PauseReviewInput { Reason = PauseReason.CriminalTrial, StartDate = new DateOnly(2026, 11, 27) };
        Assert.Equal("Pause start date must be today or in the past.", Assert.Single(new PauseReviewInputValidator(Time).Validate(input).Errors).ErrorMessage);
    }

    [Fact]
    public void Resume_needs_a_date_not_in_the_future()
    {
        var validator = new ResumeReviewInputValidator(Time);
        Assert.Equal("Enter the date the review resumed.", Assert.Single(validator.Validate(new ResumeReviewInput()).Errors).ErrorMessage);
        Assert.Equal("Resume date must be today or in the past.",
            Assert.Single(validator.Validate(new ResumeReviewInput { EndDate = new DateOnly(2026, 11, 27) }).Errors).ErrorMessage);
    }
}
