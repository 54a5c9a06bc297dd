namespace DhrTracker.Core.Letters;

/// <summary>The whitelist: every placeholder a template may use. A template naming anything else is refused when saved.</summary>
public static class LetterPlaceholders
{
    public static readonly IReadOnlyList<LetterPlaceholder> All =
    [
        new("partnership.name", "the partnership's name", false, m => m.Partnership.Name),
        new("review.reference", "the review's reference", false, m => m.Review.Reference),
        new("review.type_name", "the review type's name (e.g. Domestic Homicide Review)", false, m => m.Review.TypeName),
        new("review.type_abbreviation", "the review type's short form (e.g. DHR)", false, m => m.Review.TypeAbbreviation),
        new("review.date_notified", "the date the partnership was notified", false, m => m.Review.DateNotified),
        new("review.decision", "the decision whether to hold a review (none is recorded yet)", false, m => m.Review.Decision),
        new("review.decision_date", "the date of the decision", false, m => m.Review.DecisionDate),
        new("review.decision_rationale", "the rationale for the decision", false, m => m.Review.DecisionRationale),
        new("review.statutory_deadline", "the statutory deadline (the decision, or the report once a review is held)", false,
            m => m.Review.StatutoryDeadline),
        new("review.chair", "the chair (no chair sits on the review's panel)", false, m => m.Review.Chair),
        new("review.victim", "the victim's pseudonym", false, m => m.Review.Victim),
        new("agency.name", "the agency's name", true, m => m.Agency?.Name),
        new("agency.contact_name", "the agency's contact name", true, m => m.Agency?.ContactName),
        new("agency.contact_email", "the agency's contact email", true, m => m.Agency?.ContactEmail),
        new("request.due_date", "the due date of the request to the agency", true, m => m.Request?.DueDate),
        new("request.chronology_due_date", "the due date of the agency's chronology", true, m => m.Request?.ChronologyDueDate),
        new("letter.date", "today's date", false, m => m.Letter.Date),
        new("letter.signatory", "your name, as the letter's signatory", false, m => m.Letter.Signatory),
    ];

    private static readonly Dictionary<string, LetterPlaceholder> ByPath = All.ToDictionary(p => p.Path, StringComparer.Ordinal);

    public static LetterPlaceholder? Find(string path) => ByPath.GetValueOrDefault(path);

    /// <summary>The placeholders a letter of this kind may use: the agency ones only in letters to agencies.</summary>
    public static IEnumerable<LetterPlaceholder> For(LetterKind kind) => All.Where(p => !p.PerAgency || kind.IsPerAgency());
}
