namespace DhrTracker.Core.Accounts;

/// <summary>
/// Audit action names for account administration, beside the shared ones in
/// <see cref="Audit.AuditActions"/>. Entity type <see cref="Entity"/>, entity id the account's user id.
/// </summary>
public static class AccountAuditActions
{
    public const string Entity = "Account";

    public const string AccountCreated = "AccountCreated";
    public const string InvitationSent = "InvitationSent";
    public const string InvitationAccepted = "InvitationAccepted";
    public const string AccountChanged = "AccountChanged";
    public const string AccountDisabled = "AccountDisabled";
    public const string AccountEnabled = "AccountEnabled";
    public const string TwoFactorReset = "TwoFactorReset";
    public const string SessionsEnded = "SessionsEnded";
}
