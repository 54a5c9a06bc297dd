namespace DhrTracker.Core.Panel;

/// <summary>The review's next panel meeting, for its header.</summary>
public sealed record NextMeeting(Guid Id, DateTime StartsUtc, string? Location);
