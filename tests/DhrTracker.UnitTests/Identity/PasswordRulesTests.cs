using DhrTracker.Core.Identity;

namespace DhrTracker.UnitTests.Identity;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("amber-river-lantern-91")]
    public void A_long_uncommon_passphrase_is_accepted(string password) =>
        Assert.Empty(PasswordRules.Check(password, "someone@example.org"));

    [Theory]
    [InlineData("password1234")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    public void Common_or_trivial_passwords_are_refused(string password) =>
        Assert.Contains(PasswordRules.Check(password, "someone@example.org"), m => m.Contains("too common"));

    [Theory]
    [InlineData("DHR-DHR-DHR-1")]
    [InlineData("someone-2026-abc")]
    public void Passwords_built_on_context_words_or_the_email_are_refused(string password) =>
        Assert.Contains(PasswordRules.Check(password, "someone@example.org"), m => m.Contains("must not be built on"));

    [Fact]
    public void Over_128_characters_is_refused() =>
        Assert.Contains(PasswordRules.Check(new string('x', 60) + new string('y', 69), null), m => m.Contains("128 characters or fewer"));
}
