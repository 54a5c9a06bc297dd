namespace DhrTracker.Core.Letters;

/// <summary>
/// Everything a letter may say, already formatted (UK dates such as "26 Nov 2026"): flat records of strings,
/// the only types a template can reach (ADR 0392). An empty string is a fact the review does not hold.
/// <see cref="Agency"/> and <see cref="Request"/> are set only for a letter to one agency.
/// </summary>
public sealed record LetterModel(PartnershipFields Partnership, ReviewFields Review, AgencyFields? Agency, RequestFields? Request,
    LetterFields Letter);

public sealed record PartnershipFields(string Name);

public sealed record ReviewFields(string Reference, string TypeName, string TypeAbbreviation, string DateNotified, string Decision,
    string DecisionDate, string DecisionRationale, string StatutoryDeadline, string Chair, string Victim);

public sealed record AgencyFields(string Name, string ContactName, string ContactEmail);

public sealed record RequestFields(string DueDate, string ChronologyDueDate);

public sealed record LetterFields(string Date, string Signatory);
