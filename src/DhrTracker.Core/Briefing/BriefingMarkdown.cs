using System.Text;
using System.Text.RegularExpressions;

namespace DhrTracker.Core.Briefing;

/// <summary>The briefing as Markdown, for the download and for <c>dhr briefing --format markdown</c>.</summary>
public static partial class BriefingMarkdown
{
    public static string Write(BriefingReport report)
    {
        var doc = BriefingWording.Compose(report);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(doc.Title)).Append("\n\n");
        md.Append('*').Append(Escape(doc.Period)).Append("*\n\n");
        foreach (var section in doc.Sections)
        {
            md.Append("## ").Append(Escape(section.Heading)).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                Append(md, block);
            }
        }

        md.Append("---\n\n").Append(Escape(doc.Footer)).Append('\n');
        return md.ToString();
    }

    private static void Append(StringBuilder md, BriefingBlock block)
    {
        switch (block)
        {
            case BriefingParagraph p:
                md.Append(Escape(p.Text)).Append("\n\n");
                break;
            case BriefingSubheading h:
                md.Append("### ").Append(Escape(h.Text)).Append("\n\n");
                break;
            case BriefingList list:
                foreach (var item in list.Items)
                {
                    md.Append("- ").Append(Escape(item)).Append('\n');
                }

                md.Append('\n');
                break;
            case BriefingTable table:
                md.Append('*').Append(Escape(table.Caption)).Append("*\n\n");
                md.Append("| ").AppendJoin(" | ", table.Headers.Select(EscapeInline)).Append(" |\n");
                md.Append('|').AppendJoin('|', table.Headers.Select((_, i) => i == 0 ? " --- " : " ---: ")).Append("|\n");
                foreach (var row in table.Rows)
                {
                    md.Append("| ").AppendJoin(" | ", row.Select(EscapeInline)).Append(" |\n");
                }

                md.Append('\n');
                break;
        }
    }

    /// <summary>
    /// Free text as literal Markdown: every inline marker (emphasis, code, links, HTML, table pipes, entities)
    /// is backslash-escaped, and so is anything at the start of a line that would open a heading, list or quote.
    /// A theme named "*urgent*" or an agency called "&lt;b&gt;" then reads exactly as typed.
    /// </summary>
    public static string Escape(string text) => LineStart().Replace(EscapeInline(text), m => m.Value[..^1] + @"\" + m.Value[^1]);

    /// <summary>Escapes inline markers only: for a table cell, where "57.1%" opens no list.</summary>
    public static string EscapeInline(string text)
    {
        var line = string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return InlineMarker().Replace(line, @"\$0");
    }

    [GeneratedRegex(@"[\\`*_{}\[\]<>()#|~!&]")]
    private static partial Regex InlineMarker();

    // "-", "+", "=", ">" or "1." at the start would make a list item, a heading underline, a quote or a numbered list.
    [GeneratedRegex(@"^(\s*)([-+=>]|\d+[.)])")]
    private static partial Regex LineStart();
}
