using FluentValidation;

namespace DhrTracker.Core.Documents;

public sealed class DocumentUploadInputValidator : AbstractValidator<DocumentUploadInput>
{
    public DocumentUploadInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().When(x => x.DocumentId is null).WithMessage("Choose the type of document.")
            .IsInEnum().WithMessage("Choose a type of document from the list.");
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).When(x => x.DocumentId is null).WithMessage("Enter a title, for example 'Police IMR'.")
            .MaximumLength(ReviewDocumentConfiguration.TitleMaxLength).WithMessage("Title must be 200 characters or fewer.");
        RuleFor(x => x.FileName).Must(f => !string.IsNullOrWhiteSpace(f)).WithMessage("Choose a file to upload.");
    }
}
