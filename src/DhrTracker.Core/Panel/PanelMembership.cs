using DhrTracker.Core.Agencies;

namespace DhrTracker.Core.Panel;

/// <summary>
/// A user sitting on a review's panel. For a PanelMember this row is what grants access to the
/// review: <see cref="Access.ReviewAccess"/> reads it on every request, so adding or removing it
/// takes effect on the user's next request.
/// </summary>
public sealed class PanelMembership : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string UserId { get; set; } = "";

    /// <summary>The agency the member represents; null for an independent chair or author.</summary>
    public int? AgencyId { get; set; }

    public Agency? Agency { get; set; }
    public PanelRole Role { get; set; }

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
