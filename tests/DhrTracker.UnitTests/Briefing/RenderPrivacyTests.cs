using System.Net;
using System.Reflection;
using DhrTracker.Core.Briefing;
using DocumentFormat.OpenXml.Packaging;

namespace DhrTracker.UnitTests.Briefing;

/// <summary>
/// The briefing is shared outside the partnership, so the renderers must write only what the report
/// holds, and the report must have nowhere to hold a person: every text it carries is listed here, and
/// a new one fails this test until someone decides it is safe to share.
/// </summary>
public sealed class RenderPrivacyTests
{
    private static readonly string[] SafeTexts =
    [
        "BriefingReport.Partnership", "BriefingReport.Area", "BriefingReport.ReviewTypeName", "BriefingReport.ReviewTypePlural",
        "BriefingReport.Background", "BriefingReport.GoodPractice", "BriefingTheme.Theme", "BriefingAgencyActions.Agency",
        "BriefingAction.Description", "BriefingAction.Outcome", "ComparisonRow.Group", "ComparisonRow.Measure",
    ];

    [Fact]
    public void The_report_carries_no_text_but_the_shareable_ones()
    {
        var texts = new List<string>();
        Collect(typeof(BriefingReport), texts, []);

        Assert.Equal(SafeTexts.Order(), texts.Order());
    }

    [Fact]
    public void Every_format_writes_every_line_of_the_same_wording()
    {
        var report = SampleBriefing.Seed();
        var doc = BriefingWording.Compose(report);
        var html = WebUtility.HtmlDecode(BriefingHtml.Write(report));
        var markdown = BriefingMarkdown.Write(report);
        using var word = WordprocessingDocument.Open(new MemoryStream(BriefingDocx.Write(report)), false);
        var docx = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));

        var lines = doc.Sections.SelectMany(s => s.Blocks.SelectMany(Texts).Prepend(s.Heading)).Append(doc.Title).Append(doc.Period).Append(doc.Footer).ToList();

        Assert.All(lines, line =>
        {
            Assert.Contains(line, html);
            Assert.Contains(line, docx);
            // Table cells are escaped inline only (a cell starting "57.1%" opens no list); every other line fully.
            Assert.True(markdown.Contains(BriefingMarkdown.Escape(line), StringComparison.Ordinal)
                || markdown.Contains("| " + BriefingMarkdown.EscapeInline(line) + " |", StringComparison.Ordinal), line);
        });
    }

    private static IEnumerable<string> Texts(BriefingBlock block) => block switch
    {
        BriefingParagraph p => [p.Text],
        BriefingSubheading h => [h.Text],
        BriefingList l => l.Items,
        BriefingTable t => t.Rows.SelectMany(r => r).Concat(t.Headers).Append(t.Caption),
        _ => throw new InvalidOperationException(block.GetType().Name),
    };

    private static void Collect(Type type, List<string> texts, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var t = property.PropertyType;
            var element = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : t;
            element = Nullable.GetUnderlyingType(element) ?? element;
            if (element == typeof(string))
            {
                texts.Add($"{type.Name}.{property.Name}");
            }
            else if (element.Namespace?.StartsWith("DhrTracker", StringComparison.Ordinal) == true)
            {
                Collect(element, texts, seen);
            }
        }
    }
}
