namespace DhrTracker.Core.Panel;

public sealed record PanelCandidate(string UserId, string DisplayName);
