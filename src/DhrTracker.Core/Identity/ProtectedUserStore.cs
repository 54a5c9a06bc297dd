using System.Security.Cryptography;
using System.Text;
using DhrTracker.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace DhrTracker.Core.Identity;

/// <summary>
/// Identity's store with its two second-factor secrets sealed (ASVS 6.4.3, 6.5.1): the authenticator
/// key is encrypted with the data-protection key ring (itself encrypted with the deployment's
/// certificate) and recovery codes are kept only as slow salted hashes. A copy of the database
/// alone therefore yields neither a working authenticator nor a usable recovery code.
/// </summary>
public sealed class ProtectedUserStore(AppDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, AppDbContext>(context, describer)
{
    public const string KeyPrefix = "dp1:";
    public const string CodePrefix = "h1:";
    public const string KeyPurpose = "DhrTracker.Identity.AuthenticatorKey.v1";
    private const int HashIterations = 20_000;

    private readonly IDataProtector protector = protection.CreateProtector(KeyPurpose);

    public override Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, KeyPrefix + protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken)
    {
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        // Unprefixed values predate sealing; IdentitySecretsUpgrade seals them at start-up.
        return stored is not null && stored.StartsWith(KeyPrefix, StringComparison.Ordinal)
            ? protector.Unprotect(stored[KeyPrefix.Length..])
            : stored;
    }

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(c => HashCode(user.Id, c)), cancellationToken);

    public override Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken) =>
        // A typed value is never compared with the stored hashes as they are: only its own hash can match.
        code.Contains(':') ? Task.FromResult(false) : base.RedeemCodeAsync(user, HashCode(user.Id, code), cancellationToken);

    /// <summary>Slow, salted per account: recovery codes are short enough that a plain hash could be searched.</summary>
    public static string HashCode(string userId, string code)
    {
        var normal = code.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(normal), Encoding.UTF8.GetBytes("dhr-recovery-code:" + userId),
            HashIterations, HashAlgorithmName.SHA256, 32);
        return CodePrefix + Convert.ToBase64String(hash);
    }
}
