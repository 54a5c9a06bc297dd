using DhrTracker.Core.Agencies;
using Microsoft.Extensions.Time.Testing;

namespace DhrTracker.UnitTests.Agencies;

public sealed class ReviewAgencyInputValidatorTests
{
    private readonly ReviewAgencyInputValidator validator = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void An_agency_with_no_dates_is_valid() => Assert.True(validator.Validate(new ReviewAgencyInput { AgencyId = 1 }).IsValid);

    [Fact]
    public void A_due_date_before_the_request_is_refused()
    {
        var input = new ReviewAgencyInput { AgencyId = 1, ImrRequested = new(2026, 10, 1), ImrDue = new(2026, 9, 30) };
        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal(nameof(ReviewAgencyInput.ImrDue), error.PropertyName);
    }

    [Fact]
    public void Received_without_requested_is_refused()
    {
        var input = new ReviewAgencyInput { AgencyId = 1, ChronologyReceived = new(2026, 10, 1) };
        var error = Assert.Single(validator.Validate(input).Errors);
        Assert.Equal(nameof(ReviewAgencyInput.ChronologyReceived), error.PropertyName);
        Assert.Equal("Enter the Chronology requested date before recording it as received.", error.ErrorMessage);
    }

    [Fact]
    public void The_agency_is_required() =>
        Assert.Contains(validator.Validate(new ReviewAgencyInput()).Errors, e => e.PropertyName == nameof(ReviewAgencyInput.AgencyId));
}
