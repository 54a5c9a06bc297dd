namespace DhrTracker.Core.Panel;

public sealed class PanelMemberInput
{
    /// <summary>The version the user loaded; null when adding.</summary>
    public Guid? Version { get; set; }

    public string? UserId { get; set; }
    public int? AgencyId { get; set; }
    public PanelRole Role { get; set; } = PanelRole.Member;
}
