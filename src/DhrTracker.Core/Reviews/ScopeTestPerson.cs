namespace DhrTracker.Core.Reviews;

/// <summary>A victim or perpetrator as the Domestic Abuse Act 2021 test needs them: who, and how old (null when not recorded).</summary>
public sealed record ScopeTestPerson(Guid Id, string Pseudonym, int? Age);
