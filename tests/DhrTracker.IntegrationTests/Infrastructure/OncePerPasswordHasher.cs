using System.Collections.Concurrent;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// The product's own password hasher (PBKDF2, its real settings), asked once per distinct password in a test run: the
/// tests create thousands of accounts with the same few passphrases, and each hash costs about 40 ms of CPU on purpose.
/// Every stored hash is still a real one that the real hasher verifies; only the salt is shared between test accounts.
/// Verifying is never memoised, so a sign-in with a wrong password still fails as it would in the app.
/// </summary>
internal sealed class OncePerPasswordHasher : IPasswordHasher<AppUser>
{
    private static readonly PasswordHasher<AppUser> Real = new();
    private static readonly ConcurrentDictionary<string, Lazy<string>> Hashes = new(StringComparer.Ordinal);

    public string HashPassword(AppUser user, string password) =>
        Hashes.GetOrAdd(password, p => new Lazy<string>(() => Real.HashPassword(user, p))).Value;

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword) =>
        Real.VerifyHashedPassword(user, hashedPassword, providedPassword);
}
