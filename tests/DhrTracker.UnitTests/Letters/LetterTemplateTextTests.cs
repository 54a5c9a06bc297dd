using DhrTracker.Core.Letters;
using Fluid;

namespace DhrTracker.UnitTests.Letters;

public sealed class LetterTemplateTextTests
{
    public static TheoryData<string> Placeholders() => [.. LetterPlaceholders.All.Select(p => p.Path)];

    [Theory, MemberData(nameof(Placeholders))]
    public void Every_placeholder_renders_its_own_value(string path)
    {
        var result = LetterTemplateText.Render(LetterKind.ImrRequest, $"Value: {{{{ {path} }}}}", SampleLetter.Full());

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        Assert.Equal([$"Value: {SampleLetter.Values[path]}"], result.Value);
    }

    [Fact]
    public void The_sample_names_every_placeholder_of_the_whitelist()
    {
        Assert.Equal(LetterPlaceholders.All.Select(p => p.Path).Order(), SampleLetter.Values.Keys.Order());
    }

    [Theory]
    [InlineData(LetterKind.HomeOfficeDecision)]
    [InlineData(LetterKind.AgencyScoping)]
    [InlineData(LetterKind.ImrRequest)]
    [InlineData(LetterKind.FamilyFirstLetter)]
    [InlineData(LetterKind.QaSubmissionCover)]
    public void Every_shipped_template_is_valid_and_renders_with_no_placeholder_left(LetterKind kind)
    {
        Assert.Empty(LetterTemplateText.Check(kind, ShippedLetters.For(kind)).Problems);

        var result = LetterTemplateText.Render(kind, ShippedLetters.For(kind), SampleLetter.Full());

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        Assert.DoesNotContain(result.Value!, l => l.Contains("{{", StringComparison.Ordinal) || l.Contains("{%", StringComparison.Ordinal));
        Assert.Contains("Casey Morrow", result.Value!);
        Assert.Contains(result.Value!, l => l.Contains("Northbridge DHR12", StringComparison.Ordinal));
    }

    [Fact]
    public void The_IMR_request_names_the_agency_its_contact_and_the_due_date()
    {
        var lines = LetterTemplateText.Render(LetterKind.ImrRequest, ShippedLetters.For(LetterKind.ImrRequest), SampleLetter.Full()).Value!;

        Assert.Contains("Dear Sam Ridley,", lines);
        Assert.Contains("sam.ridley@police.example.org", lines);
        Assert.Contains(lines, l => l.Contains("chronology of its contact by 14 May 2026", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("The independent chair is Jordan Vale.", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_line_is_a_paragraph_and_blank_lines_stay_between_them()
    {
        var lines = LetterTemplateText.Render(LetterKind.HomeOfficeDecision, "\r\nFirst {{ review.reference }}\r\n\r\nSecond\n\n", SampleLetter.Full()).Value;

        Assert.Equal(["First Northbridge DHR12", "", "Second"], lines);
    }

    [Fact]
    public void A_missing_value_is_refused_with_every_missing_placeholder_named_in_words()
    {
        var model = SampleLetter.Full() with
        {
            Review = SampleLetter.Full().Review with { Chair = "" },
            Agency = SampleLetter.Full().Agency! with { ContactEmail = " " },
            Request = SampleLetter.Full().Request! with { DueDate = "" },
        };

        var result = LetterTemplateText.Render(LetterKind.ImrRequest, ShippedLetters.For(LetterKind.ImrRequest), model);

        var message = Assert.Single(result.Errors).Message;
        Assert.Contains("the chair (no chair sits on the review's panel) ({{ review.chair }})", message);
        Assert.Contains("the agency's contact email ({{ agency.contact_email }})", message);
        Assert.Contains("the due date of the request to the agency ({{ request.due_date }})", message);
        Assert.DoesNotContain("contact name", message);
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_placeholder_the_template_tests_first_may_be_missing()
    {
        var model = SampleLetter.Full() with { Review = SampleLetter.Full().Review with { Chair = "" } };

        var result = LetterTemplateText.Render(LetterKind.HomeOfficeDecision,
            "{% if review.chair %}Chair: {{ review.chair }}{% else %}No chair yet{% endif %}", model);

        Assert.Equal(["No chair yet"], result.Value);
    }

    [Theory]
    [InlineData("O'Brien & Sons \"Ltd\"")]
    [InlineData("<b>Smith</b> & Jones")]
    [InlineData("Ann-Marie D'Souza")]
    public void Names_with_quotes_ampersands_and_angle_brackets_come_out_literally(string name)
    {
        var model = SampleLetter.Full() with { Agency = SampleLetter.Full().Agency! with { Name = name } };

        var lines = LetterTemplateText.Render(LetterKind.ImrRequest, "To {{ agency.name }}, {{ agency.name | upcase }}", model).Value!;

        Assert.Equal($"To {name}, {name.ToUpperInvariant()}", Assert.Single(lines));
    }

    [Fact]
    public void A_name_with_quotes_and_ampersands_comes_out_literally_in_the_docx()
    {
        const string name = "O'Brien & Sons \"Ltd\"";
        var model = SampleLetter.Full() with { Agency = SampleLetter.Full().Agency! with { Name = name } };
        var lines = LetterTemplateText.Render(LetterKind.ImrRequest, "Dear {{ agency.name }}\n\nYours", model).Value!;

        var docx = LetterDocx.Write("IMR request", lines);

        Assert.Equal([$"Dear {name}", "", "Yours"], LetterDocx.Read(docx));
    }

    [Theory]
    [InlineData("{{ review.GetType }}")]
    [InlineData("{{ review.get_type }}")]
    [InlineData("{{ review.equality_contract }}")]
    [InlineData("{{ review.Reference }}")]
    [InlineData("{{ partnership.id }}")]
    [InlineData("{{ review.partnership.name }}")]
    [InlineData("{{ system }}")]
    public void A_template_reaching_beyond_its_model_is_refused_naming_what_it_used(string template)
    {
        var check = LetterTemplateText.Check(LetterKind.HomeOfficeDecision, template);

        var problem = Assert.Single(check.Problems);
        Assert.Contains("placeholder that letters do not have", problem);
        Assert.Contains(template.Trim('{', '}', ' '), problem);
    }

    [Theory]
    [InlineData("{{ review.GetType }}")]
    [InlineData("{{ review.get_type }}")]
    [InlineData("{{ review.equality_contract }}")]
    [InlineData("{{ review.reference.length }}x{{ review.to_string }}")]
    public void Even_unchecked_a_template_reaches_nothing_but_the_letters_own_strings(string template)
    {
        Assert.True(new FluidParser().TryParse(template, out var parsed));

        var output = LetterTemplateText.RenderRaw(parsed, SampleLetter.Full());

        Assert.DoesNotContain("DhrTracker", output);
        Assert.DoesNotContain("System", output);
        Assert.True(output is "" or "x" or "17x", output);
    }

    [Fact]
    public void Brackets_and_loops_and_includes_are_refused()
    {
        Assert.Contains("brackets", Assert.Single(LetterTemplateText.Check(LetterKind.HomeOfficeDecision, "{{ review[\"reference\"] }}").Problems));
        Assert.Contains("'for' tag", Assert.Single(LetterTemplateText.Check(LetterKind.HomeOfficeDecision,
            "{% for x in (1..3) %}{{ x }}{% endfor %}").Problems));
        Assert.Contains("'assign' tag", Assert.Single(LetterTemplateText.Check(LetterKind.HomeOfficeDecision,
            "{% assign x = review.reference %}").Problems));
        Assert.Contains("'include' tag", Assert.Single(LetterTemplateText.Check(LetterKind.HomeOfficeDecision,
            "{% include 'secrets' %}").Problems));
    }

    [Fact]
    public void Agency_placeholders_are_refused_in_letters_not_written_to_an_agency()
    {
        var problem = Assert.Single(LetterTemplateText.Check(LetterKind.FamilyFirstLetter, "Dear {{ agency.contact_name }}").Problems);

        Assert.Contains("{{ agency.contact_name }} can be used only in letters to an agency", problem);
    }

    [Fact]
    public void Several_unknown_placeholders_are_all_named_at_once()
    {
        var problem = Assert.Single(LetterTemplateText.Check(LetterKind.ImrRequest,
            "{{ review.reference }} {{ review.victim_real_name }} {{ agency.phone }}").Problems);

        Assert.Contains("{{ review.victim_real_name }}", problem);
        Assert.Contains("{{ agency.phone }}", problem);
        Assert.DoesNotContain("{{ review.reference }}", problem);
    }

    [Theory]
    [InlineData("Dear {{ agency.name ", "line 1, character")]
    [InlineData("{% if review.chair %}Chair", "endif")]
    [InlineData("{% frobnicate %}", "Unknown tag 'frobnicate'")]
    public void Broken_Liquid_is_refused_with_the_parser_error_in_plain_words(string template, string expected)
    {
        var problem = Assert.Single(LetterTemplateText.Check(LetterKind.ImrRequest, template).Problems);

        Assert.StartsWith("The template's Liquid syntax is broken:", problem);
        Assert.Contains(expected, problem);
        Assert.DoesNotContain("Source:", problem);
    }

    [Fact]
    public void An_empty_template_is_refused()
    {
        Assert.Equal(["The template is empty: write the letter's text."], LetterTemplateText.Check(LetterKind.ImrRequest, "  \n ").Problems);
    }

    [Fact]
    public void The_validator_reports_the_template_problems_on_the_text()
    {
        var result = new LetterTemplateInputValidator().Validate(new LetterTemplateInput { Kind = LetterKind.ImrRequest, Text = "{{ review.nope }}" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(LetterTemplateInput.Text), error.PropertyName);
        Assert.Contains("{{ review.nope }}", error.ErrorMessage);
    }
}
