namespace DhrTracker.Core.Family;

/// <summary>Plain-English names of the family vocabularies, for screens, messages and timeline lines.</summary>
public static class FamilyWords
{
    public static string Display(this NetworkRole role) => role switch
    {
        NetworkRole.FormerPartner => "Former partner",
        NetworkRole.OtherRelative => "Other relative",
        NetworkRole.Other => "Other who knew the victim",
        _ => role.ToString(),
    };

    public static string Display(this ContactRoute route) => route switch
    {
        ContactRoute.InPerson => "In person",
        ContactRoute.VideoCall => "Video call",
        ContactRoute.ThroughAdvocate => "Through their advocate",
        ContactRoute.ThroughPoliceFamilyLiaison => "Through the police family liaison officer",
        _ => route.ToString(),
    };

    public static string Display(this ContactConsent consent) => consent switch
    {
        ContactConsent.Given => "Agreed to be contacted",
        ContactConsent.Declined => "Declined contact",
        _ => "Not yet asked",
    };

    public static string Display(this InvolvementStep step) => step switch
    {
        InvolvementStep.Contact => "Contact",
        InvolvementStep.Meeting => "Meeting",
        InvolvementStep.TermsOfReference => "Comments on the terms of reference",
        InvolvementStep.MetPanel => "Met the panel",
        InvolvementStep.DraftShared => "Draft shared",
        InvolvementStep.DraftComments => "Comments on the draft returned",
        InvolvementStep.PublicationWishes => "Wishes on publication",
        InvolvementStep.PseudonymWishes => "Wishes on the pseudonym",
        InvolvementStep.Tribute => "Tribute or pen portrait",
        _ => "Told before publication",
    };

    public static string Display(this InvolvementState state) => state switch
    {
        InvolvementState.Done => "Done",
        InvolvementState.Declined => "Declined",
        _ => "Not yet",
    };

    /// <summary>How every list names a person: relationship and pseudonym, never the real name.</summary>
    public static string Name(NetworkRole role, string pseudonym) => $"{role.Display()}: {pseudonym}";
}
