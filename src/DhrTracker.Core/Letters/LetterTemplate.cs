namespace DhrTracker.Core.Letters;

/// <summary>
/// A partnership's own text for one kind of letter, saved by its Administrators. Without a row the shipped
/// text (<see cref="ShippedLetters"/>) is used; removing the row goes back to it.
/// </summary>
public sealed class LetterTemplate : IVersioned
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public LetterKind Kind { get; set; }

    /// <summary>Liquid (Fluid), checked when saved: known placeholders only, and valid syntax.</summary>
    public string Text { get; set; } = "";

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
