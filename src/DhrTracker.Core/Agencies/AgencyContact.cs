using System.Text.RegularExpressions;

namespace DhrTracker.Core.Agencies;

/// <summary>An agency's single point of contact as the requests pages show it, and the shapes its fields must have.</summary>
public sealed partial record AgencyContact(string? Name, string? Email, string? Phone)
{
    public bool IsEmpty => Name is null && Email is null && Phone is null;

    /// <summary>One "@" with text either side and a dot in the domain: enough to catch typing slips, no more.</summary>
    public static bool IsEmail(string value) => EmailShape().IsMatch(value.Trim());

    /// <summary>Digits and spaces, optionally one leading "+", with at least six digits (UK numbers have ten or eleven).</summary>
    public static bool IsPhone(string value) => PhoneShape().IsMatch(value.Trim()) && value.Count(char.IsAsciiDigit) >= 6;

    /// <summary>Blank becomes null, anything else is trimmed: the register stores what the forms show.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9 ]+$")]
    private static partial Regex PhoneShape();
}
