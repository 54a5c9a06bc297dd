using FluentValidation;

namespace DhrTracker.Core.Partnerships;

/// <summary>
/// Bounds wide enough for any change the law is likely to make (the 2024 consultation proposed 12
/// months for the report) and narrow enough to catch a slip of the keyboard.
/// </summary>
public sealed class PartnershipSettingsInputValidator : AbstractValidator<PartnershipSettingsInput>
{
    public const int MinRetentionYears = 1;
    public const int MaxRetentionYears = 100;
    public const int MinSmallNumberThreshold = 2;
    public const int MaxSmallNumberThreshold = 20;

    public PartnershipSettingsInputValidator()
    {
        RuleFor(x => x.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the partnership's name.")
            .MaximumLength(200).WithMessage("Name must be 200 characters or fewer.");
        RuleFor(x => x.ReferencePrefix)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter a reference prefix, for example 'Northbridge DHR'.")
            .MaximumLength(40).WithMessage("Reference prefix must be 40 characters or fewer.");
        RuleFor(x => x.ReviewTypeName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the name of the review type, for example 'Domestic Homicide Review'.")
            .MaximumLength(100).WithMessage("Review type name must be 100 characters or fewer.");
        RuleFor(x => x.ReviewTypeAbbreviation)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the short form of the review type, for example 'DHR' or 'DARDR'.")
            .MaximumLength(20).WithMessage("Short form must be 20 characters or fewer.");
        // "At the decision" in the guidance: a week is the default; more than three months is no longer "at" it.
        RuleFor(x => x.HomeOfficeNotificationDays).InclusiveBetween(0, 90).WithMessage("Days to tell the Home Office must be between 0 and 90.");
        RuleFor(x => x.AmberWindowDays).InclusiveBetween(0, 180).WithMessage("Amber warning must be between 0 and 180 days.");
        // No schedule keeps DHR records for under a year or for centuries; outside that is a typing slip.
        RuleFor(x => x.RetentionYears).InclusiveBetween(MinRetentionYears, MaxRetentionYears)
            .WithMessage($"Retention period must be a whole number of years between {MinRetentionYears} and {MaxRetentionYears}.");
        RuleFor(x => x.AreaName).MaximumLength(Partnership.AreaNameMaxLength)
            .WithMessage($"Area name must be {Partnership.AreaNameMaxLength} characters or fewer.");
        RuleFor(x => x.BriefingBackground).MaximumLength(Partnership.BriefingBackgroundMaxLength)
            .WithMessage($"Background text must be {Partnership.BriefingBackgroundMaxLength:N0} characters or fewer.");
        // 1 would hide nothing ("fewer than 1" is only 0); above 20 a briefing of a small area would say little but "fewer than" (ADR 0323).
        RuleFor(x => x.SmallNumberThreshold).InclusiveBetween(MinSmallNumberThreshold, MaxSmallNumberThreshold).When(x => x.SmallNumberThreshold is not null)
            .WithMessage($"Small-number threshold must be empty or a whole number between {MinSmallNumberThreshold} and {MaxSmallNumberThreshold}.");
    }
}
