using DhrTracker.Core.Common;
using DhrTracker.Web.Components.Shared;
using FluentValidation;

namespace DhrTracker.Web.Tests.Components.Shared;

/// <summary>Issue 16: a date box's unreadable text stops the form saving and is in its error summary, named, first.</summary>
public sealed class FormStateTests
{
    private sealed class Dates
    {
        public DateOnly? Due { get; set; }
        public string? Note { get; set; }
    }

    private static FormState<Dates> Form()
    {
        var validator = new InlineValidator<Dates>();
        validator.RuleFor(x => x.Due).NotNull().WithMessage("Enter the date due.");
        validator.RuleFor(x => x.Note).NotEmpty().WithMessage("Enter a note.");
        return new FormState<Dates>(validator, new Dates());
    }

    [Fact]
    public async Task Unreadable_text_fails_the_form_and_replaces_the_rule_it_would_otherwise_break()
    {
        var form = Form();
        form.Unreadable.Mark("Due", "Date due must be a real date, for example 26/11/2026.");

        Assert.False(await form.ValidateAllAsync());

        Assert.Equal([new FieldError("Due", "Date due must be a real date, for example 26/11/2026."), new FieldError("Note", "Enter a note.")], form.Errors);
        Assert.Equal("Date due must be a real date, for example 26/11/2026.", form.For("Due"));
    }

    [Fact]
    public void Refusals_from_the_service_do_not_hide_unreadable_text()
    {
        var form = Form();
        form.Unreadable.Mark("Due", "Date due must be a real date, for example 26/11/2026.");

        form.Show([new FieldError("Note", "Someone else changed this.")]);

        Assert.Equal(["Due", "Note"], form.Errors.Select(e => e.Field));
        Assert.True(form.Unreadable.Any);
    }

    [Fact]
    public async Task Once_the_text_is_put_right_only_the_rules_remain()
    {
        var form = Form();
        form.Unreadable.Mark("Due", "Date due must be a real date, for example 26/11/2026.");
        form.Unreadable.Clear("Due");
        form.Model.Due = new DateOnly(2026, 11, 26);
        form.Model.Note = "Chased";

        Assert.True(await form.ValidateAllAsync());
        Assert.Empty(form.Errors);
    }

    [Fact]
    public void Every_refusal_of_the_whole_form_is_listed_not_only_the_first()
    {
        var form = Form();

        form.Show([new FieldError("", "The review cannot be submitted for QA until:"), new FieldError("", "Draft overview report holds 1 real name."),
            new FieldError("Note", "Enter a note."), new FieldError("", "Executive summary could not be checked.")]);

        Assert.Equal(["The review cannot be submitted for QA until:", "Draft overview report holds 1 real name.", "Executive summary could not be checked.", "Enter a note."],
            form.Errors.Select(e => e.Message));
        form.Show([new FieldError("Note", "Enter a note.")]);
        Assert.Equal(["Note"], form.Errors.Select(e => e.Field));
    }
}
