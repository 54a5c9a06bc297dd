namespace DhrTracker.Core.Reviews;

/// <summary>How the death came to the partnership (DHR-PRIMER section 2, stage 1; DVCVA 2004 s.9(2)).</summary>
public enum NotificationSource
{
    /// <summary>Notified by an agency (usually the police), named in <see cref="Review.NotifyingAgency"/>.</summary>
    Agency,
    Family,

    /// <summary>The Secretary of State directed a review: the partnership must hold one.</summary>
    SecretaryOfStateDirection,
    Other,
}
