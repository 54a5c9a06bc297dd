using DhrTracker.Core.Briefing;
using DhrTracker.Core.Files;

namespace DhrTracker.Core.ReviewPrint;

/// <summary>A printed review: the document the page shows, and the file when one was asked for.</summary>
public sealed record ReviewPrintout(BriefingDocument Document, FileContent? File);
