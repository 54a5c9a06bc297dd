namespace DhrTracker.Core.Audit;

/// <summary>
/// The one row that says where the chain ends. Every append locks it first, so two web instances
/// writing at once still produce one unbroken chain.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = AuditChain.Genesis;

    /// <summary>Entries with a sequence up to this were written before the chain existed (an upgraded installation).</summary>
    public long ChainStartsAfter { get; set; }

    /// <summary>How many such earlier entries there were, so removing one of them still shows.</summary>
    public long EarlierEntries { get; set; }
}
