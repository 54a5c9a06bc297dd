namespace DhrTracker.Core.Briefing;

/// <summary>A piece of a section: a paragraph, a list, a table or a sub-heading. Every text is plain (renderers encode it).</summary>
public abstract record BriefingBlock;

/// <summary>A paragraph of plain text.</summary>
public sealed record BriefingParagraph(string Text) : BriefingBlock;

/// <summary>A heading below the section's (an agency in "What's changed").</summary>
public sealed record BriefingSubheading(string Text) : BriefingBlock;

/// <summary>A bulleted list.</summary>
public sealed record BriefingList(IReadOnlyList<string> Items) : BriefingBlock;

/// <summary>A table of numbers: the caption names it for screen readers, the first row of cells are the headers.</summary>
public sealed record BriefingTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : BriefingBlock;
