using DhrTracker.Core.Data;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace DhrTracker.Core.Identity;

/// <summary>
/// Authenticator (TOTP) codes, each accepted once (ASVS 6.5.1): Identity's own provider accepts the
/// same code again for its whole window. The newest accepted time step is claimed with one
/// conditional UPDATE, so two sign-ins racing with one code cannot both win, on either database.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
    : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "OneTimeAuthenticator";

    /// <summary>One step either side of now (RFC 6238's allowance for clock drift and typing time).</summary>
    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The authenticator app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, token, out var step, Window))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpTimeStep == null || u.LastTotpTimeStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpTimeStep, step));
        if (claimed == 0)
        {
            return false;
        }

        // Identity saves this same object after a sign-in (failed-count reset): keep it in step with the row.
        user.LastTotpTimeStep = step;
        return true;
    }
}
