namespace DhrTracker.Core.Accounts;

/// <summary>
/// A single-use invitation link. Only a hash of the token is stored, so a copy of the database
/// cannot be used to accept someone else's invitation.
/// </summary>
public sealed class AccountInvitation
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";

    /// <summary>SHA-256 of the token sent in the link, hex.</summary>
    public string TokenHash { get; set; } = "";

    public string InvitedByUserId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? AcceptedUtc { get; set; }

    /// <summary>Set when a newer invitation replaces this one, or the account is disabled.</summary>
    public DateTime? RevokedUtc { get; set; }
}
