namespace DhrTracker.Core.Family;

/// <summary>
/// What an entry of the involvement log records (Home Office guidance for chairs, 2021; AAFDA's steps): contacts and meetings,
/// then each step of taking part from the terms of reference to being told before publication. Stored by name.
/// </summary>
public enum InvolvementStep
{
    Contact,
    Meeting,
    TermsOfReference,
    MetPanel,
    DraftShared,
    DraftComments,
    PublicationWishes,
    PseudonymWishes,
    Tribute,
    ToldBeforePublication,
}
