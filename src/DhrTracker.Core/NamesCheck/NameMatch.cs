namespace DhrTracker.Core.NamesCheck;

/// <summary>Where a person's detail was found in a document: one per person, detail and place, with the words found there.</summary>
public sealed record NameMatch(Guid PersonId, HeldDetail Detail, string Location, IReadOnlyList<string> Found);
