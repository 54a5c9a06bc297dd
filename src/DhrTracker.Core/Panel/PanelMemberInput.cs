namespace DhrTracker.Core.Panel;

public sealed class PanelMemberInput
{
    /// <summary>The version the user loaded; null when adding.</summary>
    public Guid? Version { get; set; }

    public string? UserId { get; set; }
    /// <summary>The agency the member represents; null for an independent chair or author.</summary>
    public int? RepresentsAgencyId { get; set; }
    public PanelRole Role { get; set; } = PanelRole.Member;
}
