namespace DhrTracker.Core.Letters;

/// <summary>What the "Write letters" page offers for one review: its reference, its agencies, and whether the user may write.</summary>
public sealed record LetterOptions(Guid ReviewId, string Reference, IReadOnlyList<LetterAgencyOption> Agencies, bool CanWrite);

/// <summary>One of the review's agencies, with the contact and due dates a letter to it would use.</summary>
public sealed record LetterAgencyOption(Guid ReviewAgencyId, string Name, string? ContactName, string? ContactEmail,
    DateOnly? ScopingDue, DateOnly? ImrDue);
