namespace DhrTracker.Core.Reviews;

/// <summary>
/// The review record as read, in the order of the statutory process; blank facts say "Not recorded". The
/// Summary tab and the printed review both list these, so the two never disagree.
/// </summary>
public static class ReviewRecordFacts
{
    public const string NotRecorded = "Not recorded";

    public static IReadOnlyList<RecordFact> Of(ReviewDetails review)
    {
        var r = review.Record;
        List<RecordFact> facts =
        [
            new("Partnership", review.PartnershipName),
            new("Reference", r.Reference),
            new("Date of death", D(r.DateOfDeath)),
            new("Date notified", D(r.DateNotified)),
            new("Notifying agency", T(r.NotifyingAgency)),
            new("How it came to the partnership", r.NotificationSource.Display()),
            new("Type of review", $"{review.TypeName.Name} ({r.Regime.Display()})", "review-regime"),
        ];
        if (r.ReconsideredOn is not null)
        {
            facts.Add(new("Decision reopened", $"{D(r.ReconsideredOn)}: {T(r.ReconsiderationReason)}") { MultiLine = true });
        }

        facts.AddRange(
        [
            new("Decision", r.Decision.Display()),
            new("Decision date", D(r.DecisionDate)),
            new("Rationale", T(r.DecisionRationale)) { MultiLine = true },
            new("Home Office told", D(r.HomeOfficeNotifiedDate)),
            new("Home Office reference", T(r.HomeOfficeReference)),
            // The panel seats are the one source of chair and author (ADR 0385).
            new("Independent chair", review.Leads.ChairText, "review-chair"),
            new("Author", review.Leads.AuthorText, "review-author"),
            new("Terms of reference agreed", D(r.TermsOfReferenceDate)),
            new("Scope period", r.ScopeStart is null && r.ScopeEnd is null ? NotRecorded : $"{D(r.ScopeStart)} to {D(r.ScopeEnd)}"),
            new("Local sign-off", r.LocalSignOffDate is null ? NotRecorded
                : $"{D(r.LocalSignOffDate)}, {r.LocalSignOffBody} (approved by {r.LocalSignOffApprover})"),
            new("Submitted to Home Office QA", D(r.QaSubmissionDate)),
            new("QA outcome", r.QaOutcome is { } o ? $"{o.Display()} ({D(r.QaOutcomeDate)})" : NotRecorded),
        ]);
        if (r.NonPublicationAgreedOn is not null)
        {
            facts.Add(new("Not published", $"Agreed {D(r.NonPublicationAgreedOn)}: {T(r.NonPublicationReason)}") { MultiLine = true });
        }
        else
        {
            facts.Add(new("Published", r.PublicationDate is null ? NotRecorded
                : $"{D(r.PublicationDate)}, {r.PublicationType?.Display()}{(r.PublishedQaLetter ? ", with the QA letter" : "")}"));
            facts.Add(new("Address of the published report", T(r.PublishedUrl)));
            facts.Add(new("Family told of publication", D(r.FamilyToldOfPublicationOn)));
        }

        facts.Add(new("Sent to the DA Commissioner", D(r.CommissionerCopyDate)));
        if (r.Regime == ReviewRegime.Dardr || r.SecretaryOfStateCopyDate is not null)
        {
            facts.Add(new("Sent to the Secretary of State", D(r.SecretaryOfStateCopyDate)));
        }

        facts.Add(new("Closed", D(r.ClosedDate)));
        facts.Add(new("Logged", UkDates.FormatUtc(review.CreatedUtc)));
        return facts;
    }

    /// <summary>"Family request: 3 Mar 2026 to now", one line per pause.</summary>
    public static IReadOnlyList<string> Pauses(ReviewDetails review) =>
        [.. review.Pauses.Select(p => $"{p.Reason.Display()}: {UkDates.Format(p.Start)} to {(p.End is { } end ? UkDates.Format(end) : "now")}")];

    private static string D(DateOnly? date) => date is { } d ? UkDates.Format(d) : NotRecorded;

    private static string T(string? text) => string.IsNullOrWhiteSpace(text) ? NotRecorded : text;
}
