using DhrTracker.Core.Retention;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.UnitTests.Retention;

/// <summary>R21: a legal hold needs a reason and the date it began, which cannot be in the future.</summary>
public sealed class LegalHoldInputValidatorTests
{
    // 23:30 UTC on 26 Nov 2026 is still 26 Nov in London (GMT): the 27th is in the future.
    private readonly LegalHoldInputValidator validator = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void A_reason_and_a_date_up_to_today_are_accepted() =>
        Assert.True(validator.Validate(new LegalHoldInput { Reason = "Civil claim pending", Since = new DateOnly(2026, 11, 26) }).IsValid);

    [Fact]
    public void A_blank_reason_is_refused_with_a_message_naming_it()
    {
        var error = Assert.Single(validator.Validate(new LegalHoldInput { Reason = "   ", Since = new DateOnly(2026, 11, 1) }).Errors);

        Assert.Equal((nameof(LegalHoldInput.Reason), "Enter the reason for the legal hold, for example 'Civil claim pending' or 'Public inquiry'."),
            (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void A_date_in_the_future_or_none_is_refused()
    {
        var future = Assert.Single(validator.Validate(new LegalHoldInput { Reason = "Inquiry", Since = new DateOnly(2026, 11, 27) }).Errors);
        var missing = Assert.Single(validator.Validate(new LegalHoldInput { Reason = "Inquiry" }).Errors);

        Assert.Equal("The legal hold's date must be today or in the past.", future.ErrorMessage);
        Assert.Equal("Enter the date the legal hold began.", missing.ErrorMessage);
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused() =>
        Assert.Equal(nameof(LegalHoldInput.Reason), Assert.Single(validator.Validate(new LegalHoldInput
        {
            Reason = new string('x', LegalHoldInputValidator.ReasonMaxLength + 1),
            Since = new DateOnly(2026, 11, 1),
        }).Errors).PropertyName);
}
