namespace DhrTracker.Core.Access;

/// <summary>One row of the field table: a fact, the stored properties it covers ("Type.Property") and who may read it.</summary>
public sealed record SensitiveFactRule(SensitiveFact Fact, string Label, IReadOnlyList<string> StoredAs, IReadOnlySet<FactReader> Readers);
