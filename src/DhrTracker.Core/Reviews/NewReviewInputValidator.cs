using DhrTracker.Core.Common;
using FluentValidation;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// Field rules for a new review, run by the form as the user types and again by
/// <see cref="ReviewService"/> before saving. Uniqueness of the reference needs the database and
/// is checked by the service.
/// </summary>
public sealed class NewReviewInputValidator : AbstractValidator<NewReviewInput>
{
    public NewReviewInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Reference)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter a reference for the review.")
            .MaximumLength(60).WithMessage("Reference must be 60 characters or fewer.");

        RuleFor(x => x.DateOfDeath)
            .NotNull().WithMessage("Enter the date of death.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Date of death must be today or in the past.");

        RuleFor(x => x.DateNotified)
            .NotNull().WithMessage("Enter the date the partnership was notified.")
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage("Date notified must be today or in the past.")
            .Must((input, notified) => input.DateOfDeath is null || notified >= input.DateOfDeath)
            .WithMessage("Date notified must be on or after the date of death.");

        RuleFor(x => x.NotificationSource).IsInEnum().WithMessage("Choose how the death came to the partnership.");

        RuleFor(x => x.NotifyingAgency)
            .MaximumLength(ReviewLimits.Name).WithMessage($"Notifying agency must be {ReviewLimits.Name} characters or fewer.");
    }
}
