namespace DhrTracker.Core.Reviews;

/// <summary>A review type's full name and short form, e.g. "Domestic Homicide Review" and "DHR".</summary>
public sealed record ReviewTypeName(string Name, string Abbreviation);
