using DhrTracker.Core.Data;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Demo;

/// <summary>
/// A believable timeline for every demo review about to be saved (ADR 0386): the moves that brought it to its
/// stage on plausible dates, then the people, agencies, panel, findings and plan the demo seeds, each on a day
/// that fits those moves. Worded as the services word their lines, so the demo shows what real use will.
/// </summary>
internal static class DemoHistory
{
    /// <summary>The way through the stages, and the day each move is made when the review records no date for it.</summary>
    private static readonly (ReviewMove Move, ReviewStage To, Func<Review, DateOnly?> Recorded, int DaysAfterNotified)[] Path =
    [
        (ReviewMove.StartScoping, ReviewStage.Scoping, _ => null, 3),
        (ReviewMove.RecordDecision, ReviewStage.Commissioning, r => r.DecisionDate, 25),
        (ReviewMove.AgreeTermsOfReference, ReviewStage.InformationGathering, r => r.TermsOfReferenceDate, 60),
        (ReviewMove.StartPanelAnalysis, ReviewStage.PanelAnalysis, _ => null, 120),
        (ReviewMove.StartDrafting, ReviewStage.Drafting, _ => null, 180),
        (ReviewMove.SendForLocalSignOff, ReviewStage.LocalSignOff, r => r.LocalSignOffDate?.AddDays(-21), 300),
        (ReviewMove.SubmitToHomeOffice, ReviewStage.HomeOfficeQa, r => r.QaSubmissionDate, 330),
        (ReviewMove.RecordQaOutcome, ReviewStage.AwaitingPublication, r => r.QaOutcomeDate, 420),
        (ReviewMove.Publish, ReviewStage.ActionPlanMonitoring, r => r.PublicationDate, 480),
        (ReviewMove.Close, ReviewStage.Closed, r => r.ClosedDate, 1200),
    ];

    /// <param name="coordinators">The coordinator who keeps each partnership's reviews, as the lines' author.</param>
    /// <param name="names">Display names of the demo users, for the panel lines.</param>
    public static void Add(AppDbContext db, IReadOnlyDictionary<int, CurrentUser> coordinators, IReadOnlyDictionary<string, string> names,
        IReadOnlyDictionary<int, string> agencyNames, DateOnly today)
    {
        foreach (var review in db.Reviews.Local.ToList())
        {
            var by = coordinators[review.PartnershipId];
            foreach (var created in review.Events.Where(e => e.Kind == ReviewEventKind.Created))
            {
                (created.UserId, created.UserName) = (by.UserId, by.DisplayName);
            }

            // Mid-morning, a minute apart, so the lines of one day read in the order they were written.
            var minutes = 0;
            DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc).AddMinutes(minutes++);
            var reached = Moves(review, by, today, At);
            DateOnly On(ReviewStage stage, int days) =>
                Clamp((reached.TryGetValue(stage, out var d) ? d : review.DateNotified).AddDays(days), review.DateNotified, today);
            void Line(DateOnly day, ReviewEventKind kind, string note) => review.Events.Add(TimelineLine.For(by, At(day), review.Id, kind, note));

            foreach (var noun in db.Victims.Local.Where(v => v.ReviewId == review.Id).Select(_ => "Victim")
                         .Concat(db.Perpetrators.Local.Where(p => p.ReviewId == review.Id).Select(_ => "Perpetrator"))
                         .Concat(db.Relationships.Local.Where(r => r.ReviewId == review.Id).Select(_ => "Relationship")))
            {
                Line(On(ReviewStage.Notified, 1), ReviewEventKind.People, $"{noun} added");
            }

            foreach (var agency in db.ReviewAgencies.Local.Where(a => a.ReviewId == review.Id))
            {
                var asked = new[] { agency.ImrRequested, agency.ChronologyRequested, agency.SummaryRequested }.Min() ?? On(ReviewStage.Scoping, 4);
                Line(Clamp(asked, review.DateNotified, today), ReviewEventKind.Agencies, $"{agencyNames[agency.AgencyId]} added to the review's agencies");
            }

            // Seated after the decision and before the terms of reference, which wait for a chair (ADR 0385).
            foreach (var seat in db.PanelMemberships.Local.Where(p => p.ReviewId == review.Id).OrderBy(p => p.Role != PanelRole.Chair))
            {
                Line(On(ReviewStage.Commissioning, seat.Role == PanelRole.Chair ? 5 : 10), ReviewEventKind.Panel,
                    $"{names[seat.UserId]} joined the panel as {PanelService.RoleWord(seat.Role)}");
            }

            foreach (var finding in db.Findings.Local.Where(f => f.ReviewId == review.Id))
            {
                Line(On(ReviewStage.PanelAnalysis, 14), ReviewEventKind.Findings, $"Finding added: {finding.Type.Display().ToLowerInvariant()}");
            }

            foreach (var rec in db.Recommendations.Local.Where(r => r.ReviewId == review.Id).OrderBy(r => r.Number))
            {
                var made = Clamp(rec.MadeOn, review.DateNotified, today);
                Line(made, ReviewEventKind.Plan, $"Recommendation {rec.Number} added");
                foreach (var action in db.Actions.Local.Where(a => a.RecommendationId == rec.Id).OrderBy(a => a.Number))
                {
                    Line(made, ReviewEventKind.Plan, $"Action {rec.Number}.{action.Number} ({agencyNames[action.OwnerAgencyId]}) added");
                }
            }

            foreach (var document in db.ReviewDocuments.Local.Where(d => d.ReviewId == review.Id).ToList())
            {
                foreach (var version in db.DocumentVersions.Local.Where(v => v.DocumentId == document.Id).OrderBy(v => v.Number).ToList())
                {
                    var uploaded = db.StoredFiles.Local.Single(f => f.Id == version.FileId).UploadedUtc;
                    Line(Clamp(DateOnly.FromDateTime(uploaded), review.DateNotified, today), ReviewEventKind.Documents,
                        ReviewDocumentService.TimelineNote(document.Kind, version.Number));
                }
            }

            // Arranged a fortnight ahead, as panels are.
            foreach (var meeting in db.Set<PanelMeeting>().Local.Where(m => m.ReviewId == review.Id).ToList())
            {
                Line(Clamp(DateOnly.FromDateTime(meeting.StartsUtc).AddDays(-14), review.DateNotified, today), ReviewEventKind.PanelMeeting,
                    PanelMeetingService.ArrangedNote(meeting.StartsUtc));
            }

            foreach (var pause in review.Pauses)
            {
                var line = TimelineLine.For(by, At(pause.StartDate), review.Id, ReviewEventKind.Paused, pause.Note ?? "", pause.StartDate);
                line.PauseReason = pause.Reason;
                review.Events.Add(line);
            }
        }
    }

    /// <summary>The moves from Notified up to the review's stage; returns the day each stage was reached.</summary>
    private static Dictionary<ReviewStage, DateOnly> Moves(Review review, CurrentUser by, DateOnly today, Func<DateOnly, DateTime> at)
    {
        var reached = new Dictionary<ReviewStage, DateOnly> { [ReviewStage.Notified] = review.DateNotified };
        var from = ReviewStage.Notified;
        var last = review.DateNotified;
        foreach (var (move, stage, recorded, days) in Path)
        {
            if (from == review.Stage)
            {
                break;
            }

            // A decision not to hold ends the review there.
            var to = move == ReviewMove.RecordDecision && review.Decision == ReviewDecision.NotHold ? ReviewStage.NotProceeding : stage;
            var on = Clamp(recorded(review) ?? review.DateNotified.AddDays(days), last, today);
            var line = TimelineLine.For(by, at(on), review.Id, ReviewEventKind.Moved, "", recorded(review) is null ? null : on);
            (line.Move, line.FromStage, line.ToStage, line.Note) = (move, from, to, null);
            review.Events.Add(line);
            (reached[to], from, last) = (on, to, on);
        }

        return reached;
    }

    private static DateOnly Clamp(DateOnly day, DateOnly earliest, DateOnly latest) =>
        day < earliest ? earliest : day > latest ? latest : day;
}
