using Microsoft.AspNetCore.Identity;

namespace DhrTracker.Core.Accounts;

/// <summary>Turns a failed Identity call into a refusal, or throws when Identity refused something it never should.</summary>
internal static class IdentityRefusal
{
    public static List<FieldError> Of(IdentityResult result, string field) =>
        result.Errors.Select(e => new FieldError(field, e.Description)).ToList();

    /// <summary>For calls that fail only on a bug or a concurrent change: the transaction then rolls back.</summary>
    public static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
