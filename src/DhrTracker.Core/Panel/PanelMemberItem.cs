namespace DhrTracker.Core.Panel;

public sealed record PanelMemberItem(Guid Id, string UserId, string DisplayName, int? AgencyId, string? AgencyName, PanelRole Role, Guid Version);
