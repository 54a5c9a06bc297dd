namespace DhrTracker.Core.Import;

/// <summary>
/// A file handed in for import. The bytes are parsed afresh by both the preview and the import, so
/// nothing the preview found is trusted when the user confirms.
/// </summary>
/// <param name="FileName">As the user named it; its extension (.csv or .xlsx) says how to read it.</param>
public sealed record ImportRequest(ImportKind Kind, string FileName, byte[] Content)
{
    /// <summary>References already in the register are skipped (and listed) rather than refused. Reviews only.</summary>
    public bool SkipExisting { get; init; }

    /// <summary>
    /// The partnership to import into. The installation (<c>dhr</c>) must name one; a Coordinator imports
    /// into their own and may leave it empty (naming another partnership is refused).
    /// </summary>
    public int? PartnershipId { get; init; }
}
