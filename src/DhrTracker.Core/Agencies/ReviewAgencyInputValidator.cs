using System.Linq.Expressions;
using FluentValidation;

namespace DhrTracker.Core.Agencies;

public sealed class ReviewAgencyInputValidator : AbstractValidator<ReviewAgencyInput>
{
    public ReviewAgencyInputValidator(TimeProvider time)
    {
        RuleFor(x => x.AgencyId).NotNull().WithMessage("Choose the agency.");
        Dates(time, "IMR", x => x.ImrRequested, x => x.ImrDue, x => x.ImrReceived);
        Dates(time, "Chronology", x => x.ChronologyRequested, x => x.ChronologyDue, x => x.ChronologyReceived);
        Dates(time, "Summary report", x => x.SummaryRequested, x => x.SummaryDue, x => x.SummaryReceived);
    }

    private void Dates(TimeProvider time, string what, Expression<Func<ReviewAgencyInput, DateOnly?>> requested,
        Expression<Func<ReviewAgencyInput, DateOnly?>> due, Expression<Func<ReviewAgencyInput, DateOnly?>> received)
    {
        var getRequested = requested.Compile();
        RuleFor(requested).Must(d => d is null || d <= UkDates.TodayInUk(time))
            .WithMessage($"{what} requested date must be today or in the past.");
        RuleFor(due).Must((x, d) => d is null || getRequested(x) is not { } r || d >= r)
            .WithMessage($"{what} due date must be on or after the date it was requested.");
        RuleFor(received)
            .Must(d => d is null || d <= UkDates.TodayInUk(time)).WithMessage($"{what} received date must be today or in the past.")
            .Must((x, d) => d is null || getRequested(x) is not null).WithMessage($"Enter the {what} requested date before recording it as received.")
            .Must((x, d) => d is null || getRequested(x) is not { } r || d >= r)
            .WithMessage($"{what} received date must be on or after the date it was requested.");
    }
}
