using System.Globalization;
using System.Text;
using DhrTracker.Core.Files;

namespace DhrTracker.Core.Briefing;

/// <summary>A written briefing as a file to download: the renderer for the format, its content type and a dated name.</summary>
public static class BriefingDownload
{
    public static FileContent Render(BriefingReport report, BriefingFormat format) => format switch
    {
        BriefingFormat.Html => new(FileName(report, format), "text/html; charset=utf-8", Encoding.UTF8.GetBytes(BriefingHtml.Write(report))),
        BriefingFormat.Md => new(FileName(report, format), "text/markdown; charset=utf-8", Encoding.UTF8.GetBytes(BriefingMarkdown.Write(report))),
        BriefingFormat.Docx => new(FileName(report, format), BriefingDocx.ContentType, BriefingDocx.Write(report)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>"briefing-2026-11-30.docx" for all time (dated the day written); "briefing-2025-04-01-to-2026-03-31.md" for a period.</summary>
    public static string FileName(BriefingReport report, BriefingFormat format)
    {
        var end = Iso(report.To ?? report.WrittenOn);
        var name = report.From is { } from ? $"briefing-{Iso(from)}-to-{end}" : $"briefing-{end}";
        return $"{name}.{format.ToString().ToLowerInvariant()}";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
