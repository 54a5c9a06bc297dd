namespace DhrTracker.Core.Letters;

/// <summary>Which letter to write, and for a letter to agencies, to which of the review's agencies (one letter each, all or none).</summary>
public sealed class WriteLettersInput
{
    public LetterKind? Kind { get; set; }
    public List<Guid> ReviewAgencyIds { get; set; } = [];
}
