namespace DhrTracker.Core.Briefing;

/// <summary>The files a briefing downloads as (ADR 0326); each name is also its address segment and file extension.</summary>
public enum BriefingFormat
{
    Html,
    Md,
    Docx,
}
