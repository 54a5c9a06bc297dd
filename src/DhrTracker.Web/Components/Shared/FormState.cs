using DhrTracker.Core.Common;
using FluentValidation;

namespace DhrTracker.Web.Components.Shared;

/// <summary>
/// Errors of one form: the Core validator run field by field as the user types, then the service's
/// refusals on submit. The model is never reset, so what the user typed survives every refusal. Text a box could
/// not read (<see cref="Unreadable"/>) comes first: it is why the model holds no value for that field.
/// </summary>
public sealed class FormState<T>(IValidator<T> validator, T model)
{
    private readonly Dictionary<string, string> errors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Refusals of the whole form (no field): each is listed, as a refusal may name several things (open actions, reports).</summary>
    private readonly List<string> general = [];

    public T Model { get; } = model;

    /// <summary>Cascade this to the form's fields; while it has any, the form must not save.</summary>
    public UnreadableFields Unreadable { get; } = new();

    public IReadOnlyList<FieldError> Errors =>
        [.. Unreadable.Errors, .. general.Select(m => new FieldError("", m)),
            .. errors.Where(e => Unreadable.For(e.Key) is null).Select(e => new FieldError(e.Key, e.Value))];

    public bool Has(string field) => For(field) is not null;

    public string? For(string field) => Unreadable.For(field) ?? (field.Length == 0 ? general.FirstOrDefault() : errors.GetValueOrDefault(field));

    public async Task ValidateFieldAsync(string field)
    {
        var result = await validator.ValidateAsync(Model!, o => o.IncludeProperties(field));
        errors.Remove(field);
        foreach (var failure in result.Errors.Where(e => e.PropertyName == field).Take(1))
        {
            errors[field] = failure.ErrorMessage;
        }
    }

    public async Task<bool> ValidateAllAsync()
    {
        var result = await validator.ValidateAsync(Model!);
        Show(result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)));
        return result.IsValid && !Unreadable.Any;
    }

    /// <summary>
    /// Shows refusals from the service (e.g. a reference already in use), one message per field and every message of the
    /// form as a whole; unreadable text stays listed.
    /// </summary>
    public void Show(IEnumerable<FieldError> refusals)
    {
        errors.Clear();
        general.Clear();
        foreach (var e in refusals)
        {
            if (e.Field.Length == 0)
            {
                general.Add(e.Message);
            }
            else
            {
                errors.TryAdd(e.Field, e.Message);
            }
        }
    }
}
