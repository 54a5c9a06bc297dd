namespace DhrTracker.Web.Components.Shared;

/// <summary>
/// The abbreviations and terms the app's pages use, each with its expansion (an <c>abbr</c>'s title) and a
/// plain-English explanation (the glossary page). One list, so a page and the glossary never disagree (ADR 0382).
/// </summary>
public static class Abbreviations
{
    public sealed record Entry(string Term, string Expansion, string Explanation);

    public static readonly IReadOnlyList<Entry> All =
    [
        new("CSP", "Community Safety Partnership",
            "The local partnership of council, police, health, probation and fire services that commissions a review and signs off its report."),
        new("DARDR", "Domestic Abuse Related Death Review",
            "The new name for a Domestic Homicide Review, which also covers suicides and other deaths where domestic abuse was known or suspected."),
        new("DHR", "Domestic Homicide Review",
            "A review of the circumstances of a death from violence, abuse or neglect by a relative, partner or member of the same household, held so agencies learn lessons."),
        new("IMR", "Individual Management Review",
            "An agency's own written account of its contact with the people in a review, what it did and what it should learn, sent to the review panel."),
        new("MARAC", "Multi-Agency Risk Assessment Conference",
            "A regular local meeting where agencies share information about the highest-risk domestic abuse cases and agree a safety plan."),
        new("QA", "Quality assurance",
            "The Home Office quality assurance panel reads each finished report and approves it for publication or asks for more work; its answer comes in the QA letter."),
        new("RAG", "Red, amber or green rating",
            "A traffic-light status: red is overdue, amber is due soon or at risk, green is on track. The page always says the status in words too."),
        new("SPOC", "Single point of contact",
            "The named person in an agency to whom the review's requests and reminders go."),
    ];

    private static readonly Dictionary<string, Entry> ByTerm = All.ToDictionary(e => e.Term, StringComparer.OrdinalIgnoreCase);

    /// <summary>The entry for <paramref name="term"/>; an unknown term is a programming error, caught by the glossary tests.</summary>
    public static Entry For(string term) => ByTerm[term];
}
