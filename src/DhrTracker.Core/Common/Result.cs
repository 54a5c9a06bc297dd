using FluentValidation.Results;

namespace DhrTracker.Core.Common;

/// <summary>
/// Outcome of a service command. A refused command carries every broken rule and has written nothing.
/// </summary>
public sealed record Result<T>
{
    public T? Value { get; private init; }
    public IReadOnlyList<FieldError> Errors { get; private init; } = [];
    public bool Succeeded => Errors.Count == 0;

    public static Result<T> Ok(T value) => new() { Value = value };

    public static Result<T> Refused(IEnumerable<FieldError> errors)
    {
        var list = errors.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A refusal needs at least one reason.", nameof(errors));
        }

        return new() { Errors = list };
    }

    public static Result<T> Refused(string field, string message) => Refused([new FieldError(field, message)]);

    public static Result<T> Refused(ValidationResult validation) =>
        Refused(validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)));
}
