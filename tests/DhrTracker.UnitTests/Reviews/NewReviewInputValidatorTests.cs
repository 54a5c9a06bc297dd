using DhrTracker.Core.Reviews;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.UnitTests.Reviews;

public sealed class NewReviewInputValidatorTests
{
    // 23:30 UTC on 30 June is already 1 July in London (BST): "today" must be the UK date.
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));
    private readonly NewReviewInputValidator validator = new(Time);

    private static NewReviewInput Valid() => new()
    {
        Reference = "Northbridge DHR9",
        DateOfDeath = new DateOnly(2026, 3, 1),
        DateNotified = new DateOnly(2026, 3, 4),
    };

    [Fact]
    public void A_complete_input_is_valid() => Assert.True(validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reference_is_required(string reference)
    {
        var input = Valid();
        input.Reference = reference;
        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal(nameof(NewReviewInput.Reference), error.PropertyName);
        Assert.Equal("Enter a reference for the review.", error.ErrorMessage);
    }

    [Fact]
    public void Reference_longer_than_60_characters_is_refused()
    {
        var input = Valid();
        input.Reference = new string('R', 61);
        Assert.Contains(validator.Validate(input).Errors, e => e.ErrorMessage == "Reference must be 60 characters or fewer.");
    }

    [Fact]
    public void Date_of_death_in_the_future_is_refused()
    {
        var input = Valid();
        input.DateOfDeath = new DateOnly(2026, 7, 2);
        input.DateNotified = new DateOnly(2026, 7, 2);
        Assert.Contains(validator.Validate(input).Errors,
            e => e.PropertyName == nameof(NewReviewInput.DateOfDeath) && e.ErrorMessage == "Date of death must be today or in the past.");
    }

    [Fact]
    public void Today_is_the_UK_date_not_the_UTC_date()
    {
        var input = Valid();
        input.DateOfDeath = new DateOnly(2026, 7, 1);
        input.DateNotified = new DateOnly(2026, 7, 1);
        Assert.True(validator.Validate(input).IsValid);
    }

    [Fact]
    public void Notified_before_the_death_is_refused()
    {
        var input = Valid();
        input.DateNotified = new DateOnly(2026, 2, 28);
        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal(nameof(NewReviewInput.DateNotified), error.PropertyName);
        Assert.Equal("Date notified must be on or after the date of death.", error.ErrorMessage);
    }

    [Fact]
    public void Missing_dates_are_named()
    {
        var errors = validator.Validate(new NewReviewInput { Reference = "X" }).Errors;
        Assert.Contains(errors, e => e.ErrorMessage == "Enter the date of death.");
        Assert.Contains(errors, e => e.ErrorMessage == "Enter the date the partnership was notified.");
    }
}
