using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace DhrTracker.Core.Letters;

/// <summary>
/// Reading, checking and rendering a letter template (Liquid, with Fluid). Rendering gives plain paragraphs, a
/// line each, for <see cref="LetterDocx"/> to write: no encoding here, since the .docx holds text and OpenXml
/// escapes it, so "O'Brien &amp; Sons" comes out as typed.
/// </summary>
public static partial class LetterTemplateText
{
    private static readonly FluidParser Parser = new();

    /// <summary>Only the letter's own flat records are reachable, by snake_case names; no entity, no method, nothing else.</summary>
    private static readonly TemplateOptions Options = CreateOptions();

    public static TemplateCheck Check(LetterKind kind, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TemplateCheck(null, [], new HashSet<string>(), ["The template is empty: write the letter's text."]);
        }

        if (!Parser.TryParse(text, out var template, out var error))
        {
            return new TemplateCheck(null, [], new HashSet<string>(), [PlainParseError(error)]);
        }

        var visitor = new PlaceholderVisitor();
        visitor.VisitTemplate(template);
        var problems = new List<string>(visitor.Problems);
        var allowed = LetterPlaceholders.For(kind).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var unknown = visitor.Read.Distinct().Where(p => !allowed.Contains(p)).ToList();
        var agencyOnly = unknown.Where(p => LetterPlaceholders.Find(p) is { PerAgency: true }).ToList();
        var notKnown = unknown.Except(agencyOnly).ToList();
        if (notKnown.Count > 0)
        {
            problems.Add($"The template uses {Plural(notKnown.Count, "a placeholder", "placeholders")} that letters do not have: "
                + string.Join(", ", notKnown.Select(p => $"{{{{ {p} }}}}")) + ". Use only the placeholders listed beside the template.");
        }

        if (agencyOnly.Count > 0)
        {
            problems.Add($"{string.Join(", ", agencyOnly.Select(p => $"{{{{ {p} }}}}"))} can be used only in letters to an agency "
                + "(the scoping letter and the IMR request).");
        }

        var used = visitor.Read.Distinct().Select(LetterPlaceholders.Find).OfType<LetterPlaceholder>().Where(p => allowed.Contains(p.Path)).ToList();
        return new TemplateCheck(template, used, visitor.Tested, problems);
    }

    /// <summary>
    /// The letter's paragraphs, or every problem: the template's own, or each placeholder the letter needs whose value
    /// is empty (named in words and as written in the template). Never a letter with a gap in it.
    /// </summary>
    public static Result<IReadOnlyList<string>> Render(LetterKind kind, string text, LetterModel model, string field = "")
    {
        var check = Check(kind, text);
        if (!check.IsValid)
        {
            return Result<IReadOnlyList<string>>.Refused(check.Problems.Select(p => new FieldError(field, p)));
        }

        var missing = Missing(check, model);
        if (missing.Count > 0)
        {
            return Result<IReadOnlyList<string>>.Refused(field, MissingMessage(missing));
        }

        return Result<IReadOnlyList<string>>.Ok(Paragraphs(RenderRaw(check.Template!, model)));
    }

    /// <summary>The placeholders the letter needs whose value is empty for this model.</summary>
    public static IReadOnlyList<LetterPlaceholder> Missing(TemplateCheck check, LetterModel model) =>
        check.Required.Where(p => string.IsNullOrWhiteSpace(p.Value(model))).ToList();

    public static string MissingMessage(IEnumerable<LetterPlaceholder> missing) =>
        "The letter needs facts the review does not hold yet: "
        + string.Join("; ", missing.Select(p => $"{p.Words} ({p.Tag})"))
        + ". Add them to the review (or the agency register), then write the letter again.";

    /// <summary>Renders without any check: for tests that show what a template reaching past its model gets (nothing).</summary>
    internal static string RenderRaw(IFluidTemplate template, LetterModel model)
    {
        var context = new TemplateContext(Options);
        context.SetValue("partnership", model.Partnership);
        context.SetValue("review", model.Review);
        context.SetValue("letter", model.Letter);
        if (model.Agency is not null)
        {
            context.SetValue("agency", model.Agency);
        }

        if (model.Request is not null)
        {
            context.SetValue("request", model.Request);
        }

        return template.Render(context, NullEncoder.Default);
    }

    /// <summary>A line per paragraph; blank lines stay as empty paragraphs, trailing ones go; characters XML cannot hold are dropped.</summary>
    public static IReadOnlyList<string> Paragraphs(string rendered)
    {
        var lines = rendered.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => new string([.. l.Where(c => c == '\t' || !char.IsControl(c))]).TrimEnd())
            .ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        return lines;
    }

    /// <summary>"End of tag '}}' was expected at (1:26)" becomes "… at line 1, character 26", without the source echo.</summary>
    internal static string PlainParseError(string? error)
    {
        var first = (error ?? "").Split('\n')[0].Trim();
        first = Position().Replace(first, m => $"at line {m.Groups[1].Value}, character {m.Groups[2].Value}");
        return $"The template's Liquid syntax is broken: {(first.Length == 0 ? "it could not be read" : first)}. "
            + "Check that every {{ has its }}, every {% has its %}, and every 'if' has its 'endif'.";
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { MaxSteps = 10_000, MaxRecursion = 10 };
        options.MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        options.MemberAccessStrategy.Register<PartnershipFields>();
        options.MemberAccessStrategy.Register<ReviewFields>();
        options.MemberAccessStrategy.Register<AgencyFields>();
        options.MemberAccessStrategy.Register<RequestFields>();
        options.MemberAccessStrategy.Register<LetterFields>();
        // A fact not held is an empty string in the model, but nil to Liquid, so "{% if review.chair %}" is false without one.
        options.ValueConverters.Add(value => value is string text && string.IsNullOrWhiteSpace(text) ? NilValue.Instance : null);
        return options;
    }

    private static string Plural(int n, string one, string many) => n == 1 ? one : many;

    [GeneratedRegex(@"at \((\d+):(\d+)\)")]
    private static partial Regex Position();
}
