namespace DhrTracker.Core.NamesCheck;

/// <summary>
/// A hit of the names check kept on purpose, with the reason (ADR 0396): one person's detail at one place of one version
/// of a document. A new version is checked afresh: its hits need their own acceptance. Written once, never changed.
/// </summary>
public sealed class NameHitAcceptance
{
    public Guid Id { get; set; }
    public Guid DocumentVersionId { get; set; }

    /// <summary>The victim or the family or network member whose detail was found (no link: people may be removed, the decision stays).</summary>
    public Guid PersonId { get; set; }

    public HeldDetail Detail { get; set; }

    /// <summary>As the check names it: "paragraph 12", "page 3", "footer".</summary>
    public string Location { get; set; } = "";

    public string Reason { get; set; } = "";
    public string AcceptedByUserId { get; set; } = "";
    public DateTime AcceptedUtc { get; set; }
}
