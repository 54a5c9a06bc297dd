namespace DhrTracker.Core.Briefing;

/// <summary>
/// The briefing's words, laid out once (<see cref="BriefingWording"/>) so the page, the HTML, the Markdown
/// and the .docx say exactly the same thing; each renderer only decides how a block looks.
/// </summary>
public sealed record BriefingDocument(string Title, string Period, IReadOnlyList<BriefingSection> Sections, string Footer);
