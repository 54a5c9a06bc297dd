namespace DhrTracker.Core.Briefing;

/// <summary>
/// The "Background and purpose" a partnership gets until it writes its own (ADR 0322): the statutory basis and
/// purpose of the reviews, worded with the review-type name the partnership uses and the area it serves.
/// </summary>
public static class BriefingBackground
{
    public static string Default(string partnership, string area, string reviewTypeName, string reviewTypePlural) =>
        $"""
        A {reviewTypeName} is carried out when a person aged 16 or over has died as a result of violence, abuse or neglect by a relative, by someone with whom they were or had been in an intimate personal relationship, or by a member of the same household. {reviewTypePlural} were made a statutory requirement by section 9 of the Domestic Violence, Crime and Victims Act 2004, in force since April 2011, and are carried out under the Home Office's multi-agency statutory guidance (2016). {partnership} is responsible for {reviewTypePlural} in {area}.

        The purpose of a review is to establish what lessons are to be learned from the death, for agencies to change what they do as a result, to improve the response to victims of domestic abuse and their children, and so to prevent future deaths. Reviews highlight good practice as well as missed opportunities and areas for improvement.
        """;
}
