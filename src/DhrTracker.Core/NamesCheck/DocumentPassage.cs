namespace DhrTracker.Core.NamesCheck;

/// <summary>One piece of a document's text and where a reader finds it ("paragraph 12", "page 3", "footer").</summary>
public sealed record DocumentPassage(string Location, string Text);
