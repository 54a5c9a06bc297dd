namespace DhrTracker.Core.Panel;

/// <summary>
/// A review's meetings (soonest first), the panel seats attendance is recorded against, the documents that
/// can be chosen as agenda or minutes, and whether the user may manage meetings.
/// </summary>
public sealed record PanelMeetingsView(
    Guid ReviewId,
    string Reference,
    IReadOnlyList<PanelMeetingItem> Meetings,
    IReadOnlyList<PanelMemberItem> Seats,
    IReadOnlyList<MeetingDocument> Documents,
    bool CanManage);
