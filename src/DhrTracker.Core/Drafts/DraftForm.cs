namespace DhrTracker.Core.Drafts;

/// <summary>The long forms whose typing is kept on the server as a draft (R23, ADR 0403).</summary>
public enum DraftForm
{
    Finding,
}
