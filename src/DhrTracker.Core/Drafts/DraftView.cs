namespace DhrTracker.Core.Drafts;

/// <summary>A draft offered back to its author: the form it belongs to, what they had typed, and when it was kept.</summary>
public sealed record DraftView(DraftKey Key, string Content, DateTimeOffset Saved);
