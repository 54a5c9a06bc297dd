using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Findings;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.ReviewPrint;

/// <summary>
/// A review laid out as one document (ADR 0389) in the briefing's blocks, so the print view and the .docx use
/// the briefing's renderers. People appear by pseudonym only, whoever prints: a printed copy travels further
/// than the screen, and a pseudonym is what a report may carry.
/// </summary>
public static class ReviewPrintWording
{
    public const string Marking = "OFFICIAL-SENSITIVE";

    public static BriefingDocument Compose(ReviewPrintRecord print)
    {
        var review = print.Review;
        return new BriefingDocument(
            $"{review.Reference}: {review.TypeName.Name}",
            $"{Marking}. {review.PartnershipName}. Stage: {review.Stage.Display()}.",
            [Summary(review), People(print.People), Agencies(print.Agencies), Panel(print), Findings(print.Findings),
                ReviewPrintPlan.Section(print.Plan), Timeline(print.Timeline)],
            $"{Marking}. Printed {UkDates.FormatUtc(print.PrintedUtc)} by {print.PrintedBy} from DhrTracker. "
                + "People are named by pseudonym only. Check the review in DhrTracker for anything changed since.");
    }

    private static BriefingSection Summary(ReviewDetails review)
    {
        List<BriefingBlock> blocks = [];
        if (ClockWords.Describe(review.Clock) is { } clock)
        {
            blocks.Add(new BriefingParagraph(clock));
        }

        blocks.Add(new BriefingTable("The review record", ["Fact", "Detail"],
            [.. ReviewRecordFacts.Of(review).Select(f => (IReadOnlyList<string>)[f.Label, f.Value])]));
        if (review.Pauses.Count > 0)
        {
            blocks.Add(new BriefingSubheading("Pauses"));
            blocks.Add(new BriefingList(ReviewRecordFacts.Pauses(review)));
        }

        return new("Summary", blocks);
    }

    private static BriefingSection People(ReviewPeople people)
    {
        List<string> lines =
        [
            .. people.Victims.Select(v => $"{v.Details.Pseudonym}: victim, {v.Band.Display()}, {Labels.Display(v.Details.DeathType).ToLowerInvariant()}"),
            .. people.Perpetrators.Select(p => $"{p.Details.Pseudonym}: perpetrator{(p.Band is { } band ? $", {band.Display()}" : "")}"),
            .. people.Relationships.Select(r => $"{r.Perpetrator} to {r.Victim}: {Labels.Display(r.Kind).ToLowerInvariant()}"),
        ];
        return new("People", lines.Count == 0 ? [new BriefingParagraph("No one recorded yet.")] : [new BriefingList(lines)]);
    }

    private static BriefingSection Agencies(ReviewAgenciesView agencies)
    {
        if (agencies.Items.Count == 0)
        {
            return new("Agencies", [new BriefingParagraph("No agency added yet.")]);
        }

        SubmissionKind[] kinds = [SubmissionKind.ScopingReturn, SubmissionKind.Imr, SubmissionKind.Chronology, SubmissionKind.SummaryReport];
        return new("Agencies", [new BriefingTable("Agencies and what each has sent", ["Agency", .. kinds.Select(k => k.Display())],
            [.. agencies.Items.Select(a => (IReadOnlyList<string>)[a.AgencyName, .. kinds.Select(k => Standing(a.Submissions.Single(s => s.Kind == k), a.Today))])])]);
    }

    /// <summary>"Received 3 Mar 2026", "Overdue since 1 Feb 2026", "Due 1 Apr 2026", "Not requested".</summary>
    private static string Standing(Submission s, DateOnly today) => s switch
    {
        { Received: { } received } => $"Received {UkDates.Format(received)}",
        { Due: { } due } when s.IsOverdueOn(today) => $"Overdue since {UkDates.Format(due)}",
        { Due: { } due } => $"Due {UkDates.Format(due)}",
        { Requested: { } requested } => $"Requested {UkDates.Format(requested)}",
        _ => "Not requested",
    };

    private static BriefingSection Panel(ReviewPrintRecord print) => print.Panel.Members.Count == 0
        ? new("Panel", [new BriefingParagraph("No one seated yet.")])
        : new("Panel", [new BriefingTable("The review panel", ["Name", "Role", "Agency"],
            [.. print.Panel.Members.Select(m => (IReadOnlyList<string>)[m.DisplayName, Labels.Display(m.Role), m.AgencyName ?? "None"])])]);

    private static BriefingSection Findings(FindingsOfReview findings)
    {
        List<BriefingBlock> blocks = [];
        if (findings.KeyThemes.Count > 0)
        {
            blocks.Add(new BriefingParagraph($"Key themes: {string.Join(", ", findings.KeyThemes.Select(t => t.Name))}."));
        }

        foreach (var (finding, i) in findings.Findings.Select((f, i) => (f, i + 1)))
        {
            blocks.Add(new BriefingSubheading($"Finding {i}: {finding.Type.Display()}"));
            blocks.Add(new BriefingParagraph(finding.Narrative));
            var facts = new[]
            {
                finding.Agency.Label is { } agency ? $"Agency: {agency}." : null,
                finding.PeriodOrEvent is { } period ? $"Period or event: {period}." : null,
                finding.Themes.Count > 0 ? $"Themes: {string.Join(", ", finding.Themes.Select(t => t.Name))}." : null,
            }.OfType<string>().ToList();
            if (facts.Count > 0)
            {
                blocks.Add(new BriefingParagraph(string.Join(" ", facts)));
            }
        }

        return new("Findings", blocks.Count == 0 ? [new BriefingParagraph("No findings recorded yet.")] : blocks);
    }

    private static BriefingSection Timeline(IReadOnlyList<TimelineEntry> timeline) => new("Timeline", timeline.Count == 0
        ? [new BriefingParagraph("Nothing has happened to this review yet.")]
        : [new BriefingList([.. timeline.Select(e => $"{TimelineWords.Title(e)}. {TimelineWords.Entered(e)}." + (TimelineWords.Note(e) is { } note ? $" {note}" : ""))])]);
}
