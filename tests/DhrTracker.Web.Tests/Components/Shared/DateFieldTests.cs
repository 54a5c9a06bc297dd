using Bunit;
using DhrTracker.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DhrTracker.Web.Tests.Components.Shared;

/// <summary>
/// Issue 16: a date box is typed day first whatever language the browser is set to, shows dates as 26/11/2026, and
/// keeps text it cannot read, explaining it beside the box and telling the form so the form cannot save without it.
/// </summary>
public sealed class DateFieldTests : MudTestContext
{
    private readonly UnreadableFields unreadable = new();
    private DateOnly? received = new DateOnly(1999, 1, 1);

    private IRenderedComponent<DateField> Box(DateOnly? value = null, string? helper = null) => Render<DateField>(p => p
        .Add(x => x.Field, "DateOfDeath").Add(x => x.Label, "Date of death").Add(x => x.HelperText, helper)
        .Add(x => x.Value, value).Add(x => x.ValueChanged, d => received = d)
        .AddCascadingValue(unreadable));

    [Fact]
    public void A_date_typed_01_10_2027_is_1_October_not_10_January()
    {
        var box = Box();

        box.Find("input").Change("01/10/2027");

        Assert.Equal(new DateOnly(2027, 10, 1), received);
        Assert.False(unreadable.Any);
    }

    [Fact]
    public void A_date_shows_as_day_month_year_in_a_text_box_with_an_example()
    {
        var box = Box(new DateOnly(2026, 10, 3));

        var input = box.Find("input");
        Assert.Equal("03/10/2026", input.GetAttribute("value"));
        Assert.Equal("text", input.GetAttribute("type"));
        Assert.Equal("For example, 26/11/2026", box.Find(".mud-input-helper-text").TextContent.Trim());
    }

    [Fact]
    public void The_callers_hint_comes_before_the_example()
    {
        var box = Box(helper: "Leave empty until announced.");

        Assert.Equal("Leave empty until announced. For example, 26/11/2026", box.Find(".mud-input-helper-text").TextContent.Trim());
    }

    [Fact]
    public void Text_that_is_not_a_date_is_kept_explained_and_reported_to_the_form()
    {
        var box = Box(new DateOnly(2026, 1, 5));

        box.Find("input").Change("31/02/2026");
        // The form re-renders with the value it now holds: none.
        box.Render(p => p.Add(x => x.Value, received));

        Assert.Null(received);
        Assert.Equal("31/02/2026", box.Find("input").GetAttribute("value"));
        Assert.Contains("Date of death must be a real date, for example 26/11/2026.", box.Find(".field-error").TextContent);
        Assert.Equal("Date of death must be a real date, for example 26/11/2026.", unreadable.For("DateOfDeath"));
    }

    [Fact]
    public void Putting_the_text_right_clears_the_problem()
    {
        var box = Box();
        box.Find("input").Change("26/11/26");
        Assert.Equal("Date of death must include the year in full, for example 2026.", unreadable.For("DateOfDeath"));

        box.Find("input").Change("26/11/2026");

        Assert.Equal(new DateOnly(2026, 11, 26), received);
        Assert.False(unreadable.Any);
        Assert.Empty(box.FindAll(".field-error"));
    }

    [Fact]
    public void A_value_the_form_sets_itself_replaces_unreadable_text()
    {
        var box = Box();
        box.Find("input").Change("yesterday");

        box.Render(p => p.Add(x => x.Value, new DateOnly(2026, 1, 5)));

        Assert.Equal("05/01/2026", box.Find("input").GetAttribute("value"));
        Assert.False(unreadable.Any);
    }

    [Fact]
    public void The_forms_own_error_shows_when_the_text_is_a_date()
    {
        var box = Box(new DateOnly(2026, 1, 5));

        box.Render(p => p.Add(x => x.ErrorText, "Date of death must be today or in the past."));

        Assert.Contains("Date of death must be today or in the past.", box.Find(".field-error").TextContent);
    }

    [Fact]
    public void Optional_is_left_out_of_the_fields_name_in_a_problem()
    {
        var box = Render<DateField>(p => p.Add(x => x.Field, "From").Add(x => x.Label, "Notified from (optional)").AddCascadingValue(unreadable));

        box.Find("input").Change("31/04/2026");

        Assert.Equal("Notified from must be a real date, for example 26/11/2026.", unreadable.For("From"));
    }

    [Theory]
    [InlineData("2026-10-03", 2026, 10, 3)]
    [InlineData("3/10/2026", 2026, 10, 3)]
    [InlineData("31/02/2026", null, null, null)]
    public void What_was_typed_stays_as_typed_while_the_form_re_renders(string typed, int? year, int? month, int? day)
    {
        var form = Render<FormHost>();

        form.Find("input").Change(typed);

        Assert.Equal(year is null ? null : new DateOnly(year.Value, month!.Value, day!.Value), form.Instance.Date);
        Assert.Equal(typed, form.Find("input").GetAttribute("value"));
        Assert.Equal(year is null, form.Instance.Unreadable.Any);
    }

    /// <summary>A form as the pages write one: it holds the date, cascades its list, and re-renders when the box reports.</summary>
    private sealed class FormHost : ComponentBase
    {
        public UnreadableFields Unreadable { get; } = new();

        public DateOnly? Date { get; private set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<CascadingValue<UnreadableFields>>(0);
            builder.AddComponentParameter(1, nameof(CascadingValue<UnreadableFields>.Value), Unreadable);
            builder.AddComponentParameter(2, nameof(CascadingValue<UnreadableFields>.ChildContent), (RenderFragment)(field =>
            {
                field.OpenComponent<DateField>(0);
                field.AddComponentParameter(1, nameof(DateField.Field), "DateOfDeath");
                field.AddComponentParameter(2, nameof(DateField.Label), "Date of death");
                field.AddComponentParameter(3, nameof(DateField.Value), Date);
                field.AddComponentParameter(4, nameof(DateField.ValueChanged), EventCallback.Factory.Create<DateOnly?>(this, d => Date = d));
                field.CloseComponent();
            }));
            builder.CloseComponent();
        }
    }
}
