namespace DhrTracker.Core.Drafts;

/// <summary>
/// The long forms whose typing is kept on the server as a draft (R23, ADR 0403, ADR 0406). Stored by name, so a new form
/// needs no migration; a name is never renamed, as drafts kept under it would no longer be offered.
/// </summary>
public enum DraftForm
{
    Finding,
    Recommendation,
    InvolvementEntry,
    ReviewRecord,
}
