namespace DhrTracker.Core.Accounts;

/// <summary>
/// Derived, never stored: Disabled if an Administrator disabled it, else Locked while a lockout
/// runs, else Invited until a password is set, else Active.
/// </summary>
public enum AccountStatus
{
    Invited,
    Active,
    Disabled,
    Locked,
}
