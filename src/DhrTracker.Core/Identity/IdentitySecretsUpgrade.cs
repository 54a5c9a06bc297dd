using DhrTracker.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace DhrTracker.Core.Identity;

/// <summary>
/// Seals second-factor secrets written before they were sealed (authenticator keys in clear, recovery
/// codes in clear). Runs at every start-up and finds nothing to do once an installation is upgraded.
/// </summary>
public static class IdentitySecretsUpgrade
{
    private const string Provider = "[AspNetUserStore]";

    public static async Task<int> RunAsync(IDbContextFactory<AppDbContext> dbFactory, IDataProtectionProvider protection, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tokens = await db.UserTokens
            .Where(t => t.LoginProvider == Provider && (t.Name == "AuthenticatorKey" || t.Name == "RecoveryCodes"))
            .ToListAsync(ct);
        var protector = protection.CreateProtector(ProtectedUserStore.KeyPurpose);
        var changed = 0;
        foreach (var token in tokens.Where(t => !string.IsNullOrEmpty(t.Value)))
        {
            if (token.Name == "AuthenticatorKey" && !token.Value!.StartsWith(ProtectedUserStore.KeyPrefix, StringComparison.Ordinal))
            {
                token.Value = ProtectedUserStore.KeyPrefix + protector.Protect(token.Value);
                changed++;
            }
            else if (token.Name == "RecoveryCodes" && token.Value!.Split(';').Any(c => !c.StartsWith(ProtectedUserStore.CodePrefix, StringComparison.Ordinal)))
            {
                token.Value = string.Join(';', token.Value.Split(';')
                    .Select(c => c.StartsWith(ProtectedUserStore.CodePrefix, StringComparison.Ordinal) ? c : ProtectedUserStore.HashCode(token.UserId, c)));
                changed++;
            }
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }
}
