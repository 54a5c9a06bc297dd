namespace DhrTracker.Core.Identity;

/// <summary>
/// One signed-in session, kept on the server so that idle and absolute limits count from real
/// activity and the real sign-in, hold across web instances, and can be ended by sign-out, an
/// Administrator or a change of password or second factor.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";

    /// <summary>The real sign-in time: the absolute limit counts from here, whatever renewals follow.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Last request or circuit activity (written at most about once a minute).</summary>
    public DateTime LastSeenUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    /// <summary>Why it ended, in words: signed out, idle, expired, disabled, ended by an administrator.</summary>
    public string? EndReason { get; set; }

    public string? IpAddress { get; set; }
}
