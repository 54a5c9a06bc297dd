namespace DhrTracker.Core.Partnerships;

/// <summary>How the shell, pages and mail name the partnership and its reviews ("Domestic Homicide Review"/"DHR", or the DARDR names).</summary>
public sealed record PartnershipLabel(string Name, string ReviewTypeName, string ReviewTypeAbbreviation)
{
    /// <summary>When no partnership is known (before sign-in, installation accounts): a name that fits either regime.</summary>
    public const string NeutralTypeName = "Review";
}
