namespace DhrTracker.Core.Accounts;

/// <summary>Whom a valid invitation link is for, shown on the set-password page.</summary>
public sealed record InvitationCheck(string Email, string DisplayName);
