namespace DhrTracker.Core.Import;

/// <summary>One column of a template: its header, whether a row must fill it, the format in plain English and an example.</summary>
public sealed record ImportColumn(string Name, string Required, string Format, string Example);
