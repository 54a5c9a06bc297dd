namespace DhrTracker.Core.Panel;

/// <summary>A review's panel, and whether the current user may change it.</summary>
public sealed record PanelView(IReadOnlyList<PanelMemberItem> Members, bool CanChange);
