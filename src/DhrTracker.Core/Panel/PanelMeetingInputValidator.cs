using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Panel;

public sealed class PanelMeetingInputValidator : AbstractValidator<PanelMeetingInput>
{
    public const int MinDuration = 15;
    public const int MaxDuration = 480;

    public PanelMeetingInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Enter the date of the meeting.");
        RuleFor(x => x.StartTime)
            .NotNull().WithMessage("Enter the time the meeting starts (UK time).")
            .Must((x, t) => x.Date is not { } d || t is not { } time || MeetingTimes.Exists(d, time))
            .WithMessage("That time does not exist in the UK on that day (the clocks go forward). Choose a time after 2am.");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(MinDuration, MaxDuration)
            .WithMessage($"The meeting must last between {MinDuration} minutes and {MaxDuration / 60} hours.");
        RuleFor(x => x.Location).MaximumLength(ReviewLimits.Name).WithMessage($"The location must be {ReviewLimits.Name} characters or fewer.");
        RuleFor(x => x.Purpose).MaximumLength(ReviewLimits.Name).WithMessage($"The purpose must be {ReviewLimits.Name} characters or fewer.");
    }
}
