namespace DhrTracker.Core.Accounts;

/// <summary>
/// One account's page: its row, the values the change form edits, when its open invitation
/// expires (if any), and whether it is the caller's own account (whose roles they cannot change).
/// </summary>
public sealed record AccountDetail(
    AccountRow Row,
    int? PartnershipId,
    int? AgencyId,
    bool PanelEligible,
    DateTime? DisabledUtc,
    DateTime? InvitationExpiresUtc,
    bool IsYou);
