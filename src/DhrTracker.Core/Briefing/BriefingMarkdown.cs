namespace DhrTracker.Core.Briefing;

/// <summary>The briefing as Markdown, for the download and for <c>dhr briefing --format markdown</c>.</summary>
public static class BriefingMarkdown
{
    public static string Write(BriefingReport report) => throw new NotImplementedException("issue 12: briefing page helper");
}
