namespace DhrTracker.Core.NamesCheck;

/// <summary>Keeps one hit of the names check, with the reason; the hit is named as the check listed it.</summary>
public sealed class NameHitAcceptInput
{
    public Guid DocumentVersionId { get; set; }
    public Guid PersonId { get; set; }
    public HeldDetail? Detail { get; set; }
    public string Location { get; set; } = "";
    public string Reason { get; set; } = "";

    public static NameHitAcceptInput For(NameHit hit) => new()
    {
        DocumentVersionId = hit.DocumentVersionId,
        PersonId = hit.PersonId,
        Detail = hit.Detail,
        Location = hit.Location,
    };
}
