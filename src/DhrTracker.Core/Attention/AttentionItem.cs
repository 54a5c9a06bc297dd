namespace DhrTracker.Core.Attention;

/// <summary>One thing that needs the user: what, in a line of plain English, and where to deal with it. Urgent: already late.</summary>
public sealed record AttentionItem(string Text, string Link, bool Urgent = false);
