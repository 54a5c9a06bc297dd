using System.Net;
using System.Text;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// The briefing as one standalone HTML file (the download): its print stylesheet inline, English (UK),
/// headings in order, and every text HTML-encoded, so a theme typed as "&lt;script&gt;" is shown, never run.
/// </summary>
public static class BriefingHtml
{
    public static string Write(BriefingReport report)
    {
        var doc = BriefingWording.Compose(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(doc.Title)).Append(" (").Append(E(doc.Period)).Append(")</title>\n");
        html.Append("<style>\nbody { margin: 1.5rem; }\n").Append(BriefingStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<main class=\"briefing\">\n<h1 class=\"briefing-title\">").Append(E(doc.Title)).Append("</h1>\n");
        html.Append("<p class=\"briefing-period\">").Append(E(doc.Period)).Append("</p>\n");
        foreach (var section in doc.Sections)
        {
            html.Append(BriefingTableLayout.IsWide(section) ? "<section class=\"briefing-wide\">" : "<section>").Append("\n<h2 class=\"briefing-heading\">").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                Append(html, block);
            }

            html.Append("</section>\n");
        }

        html.Append("<p class=\"briefing-footer\">").Append(E(doc.Footer)).Append("</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Append(StringBuilder html, BriefingBlock block)
    {
        switch (block)
        {
            case BriefingParagraph p:
                html.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                break;
            case BriefingSubheading h:
                html.Append("<h3 class=\"briefing-subheading\">").Append(E(h.Text)).Append("</h3>\n");
                break;
            case BriefingList list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(E(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case BriefingTable table:
                html.Append("<table>\n<caption>").Append(E(table.Caption)).Append("</caption>\n<thead>\n<tr>");
                foreach (var (header, i) in table.Headers.Select((h, i) => (h, i)))
                {
                    html.Append("<th scope=\"col\"").Append(BriefingTableLayout.IsNumber(table, i) ? " class=\"number\"" : "").Append('>')
                        .Append(E(header)).Append("</th>");
                }

                html.Append("</tr>\n</thead>\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var (cell, i) in row.Select((c, i) => (c, i)))
                    {
                        html.Append(i == 0 ? "<th scope=\"row\">" : BriefingTableLayout.IsNumber(table, i) ? "<td class=\"number\">" : "<td>")
                            .Append(E(cell)).Append(i == 0 ? "</th>" : "</td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
                break;
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
