namespace DhrTracker.Core.Partnerships;

public sealed class NewPartnershipInput
{
    public string Name { get; set; } = "";
    public string ReferencePrefix { get; set; } = "";
}
