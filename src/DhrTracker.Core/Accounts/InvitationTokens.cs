using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace DhrTracker.Core.Accounts;

/// <summary>
/// Invitation links: 32 random bytes (256 bits) in base64url, valid for 72 hours. Only the SHA-256
/// of a token is stored, so a copy of the database cannot be used to accept an invitation.
/// </summary>
public static class InvitationTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    /// <summary>Longer input is not a token of ours; it is refused before it is hashed.</summary>
    public const int MaxLength = 64;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The link in the email. <paramref name="linkBase"/> is the app's absolute base address, e.g. NavigationManager.BaseUri.</summary>
    public static string Link(string linkBase, string token)
    {
        if (!Uri.TryCreate(linkBase, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException("The link base must be the app's absolute http(s) address.", nameof(linkBase));
        }

        return $"{linkBase.TrimEnd('/')}/Account/AcceptInvitation?token={token}";
    }

    internal static AccountInvitation NewInvitation(string userId, string invitedBy, DateTime nowUtc, out string token)
    {
        token = NewToken();
        return new AccountInvitation
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            TokenHash = Hash(token),
            InvitedByUserId = invitedBy,
            CreatedUtc = nowUtc,
            ExpiresUtc = nowUtc + Lifetime,
        };
    }
}
