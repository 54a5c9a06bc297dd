using Microsoft.AspNetCore.Identity;

namespace DhrTracker.Core.Identity;

/// <summary>
/// ASVS 6.2: at least 12 characters, up to 128, no composition rules, and never a commonly used
/// password or one built on the product's own words.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<AppUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    private static readonly string[] ContextWords = ["dhr", "dhrtracker", "domestic", "homicide", "review", "partnership", "council", "password"];

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "password1234", "qwertyuiop12", "passw0rd1234", "iloveyou1234", "welcome12345",
        "letmein12345", "abc123456789", "qwerty123456", "1q2w3e4r5t6y", "administrator", "changeme1234",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = Check(password, user.Email).Select(m => new IdentityError { Code = "Password", Description = m }).ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    public static IEnumerable<string> Check(string? password, string? email)
    {
        password ??= "";
        if (password.Length > MaximumLength)
        {
            yield return $"Password must be {MaximumLength} characters or fewer.";
        }

        var folded = password.ToLowerInvariant();
        var localPart = email?.Split('@')[0].ToLowerInvariant();
        if (Common.Contains(password) || password.Distinct().Count() <= 2)
        {
            yield return "Password is too common. Choose a longer phrase that others would not guess.";
        }
        else if (ContextWords.Any(w => folded.Replace(w, "").Length < MinimumLength / 2)
                 || (localPart is { Length: >= 3 } && folded.Contains(localPart)))
        {
            yield return "Password must not be built on your email address or on words such as 'DHR', 'review' or 'council'.";
        }
    }
}
