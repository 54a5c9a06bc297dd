using DhrTracker.Core.Dashboard;
using DhrTracker.Core.Family;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Benchmarks.National.Operations;

/// <summary>The coordinator's morning view: stage and deadline counts, the five waiting lists, overdue agency submissions and family gaps.</summary>
internal sealed class CoordinatorDashboard : Operation<DashboardView, CoordinatorDashboard.FloorView>
{
    /// <summary>The waiting lists, each its 25 longest waits: (name, filter, the date the wait is counted from).</summary>
    private static readonly (string Name, string Where, string Since)[] Waits =
    [
        ("awaiting Home Office", "r.Stage = 'HomeOfficeQa'", "r.QaSubmissionDate"),
        ("not told", "r.Decision <> 'Pending' AND r.HomeOfficeNotifiedDate IS NULL AND r.Stage NOT IN ('Closed', 'NotProceeding')", "r.DecisionDate"),
        ("copy not sent", "r.LocalSignOffDate IS NOT NULL AND r.CommissionerCopyDate IS NULL AND r.Stage NOT IN ('Closed', 'NotProceeding')", "r.LocalSignOffDate"),
        ("not published", "r.Stage = 'AwaitingPublication'", "r.QaOutcomeDate"),
        ("late", "r.ActiveDueDate IS NOT NULL AND r.ActiveDueDate <= $amberUntil", "r.ActiveDueDate"),
    ];

    private static readonly (string Gap, string Where)[] FamilyGapRules =
    [
        (FamilyGaps.NotContacted, "NOT EXISTS (SELECT 1 FROM InvolvementEntries e WHERE e.ReviewId = r.Id AND e.Step IN ('Contact', 'Meeting'))"),
        (FamilyGaps.AdvocacyNotOffered, "NOT EXISTS (SELECT 1 FROM FamilyMembers m WHERE m.ReviewId = r.Id AND m.AdvocacyOfferedOn IS NOT NULL)"),
        (FamilyGaps.NotToldOfPublication, """
            r.Stage IN ('HomeOfficeQa', 'AwaitingPublication') AND r.FamilyToldOfPublicationOn IS NULL
            AND NOT EXISTS (SELECT 1 FROM InvolvementEntries e WHERE e.ReviewId = r.Id AND e.Step = 'ToldBeforePublication' AND e.Declined = 0)
            """),
    ];

    public override string Name => "Coordinator dashboard";

    public override string Role => Roles.Coordinator;

    protected override Task<DashboardView> App(NationalDatabase db) => db.Get<DashboardService>().GetAsync();

    protected override async Task<FloorView> Floor(NationalDatabase db)
    {
        var user = await FloorSql.UserAsync(db);
        var today = FloorSql.Today;
        var (_, timescales) = await FloorQueries.TimescalesAsync(db, user.PartnershipId!.Value);
        var args = new[]
        {
            ("$p", (object?)user.PartnershipId), ("$today", (object?)FloorSql.Text(today)),
            ("$amberUntil", (object?)FloorSql.Text(today.AddDays(timescales.AmberWindowDays))),
        };
        // Every count in one pass over the partnership's reviews.
        var counts = await FloorSql.ReadAsync(db, """
            SELECT r.Stage, count(*),
              sum(r.ActiveDueDate IS NOT NULL AND r.ActiveDueDate < $today),
              sum((r.ActiveDueDate >= $today AND r.ActiveDueDate <= $amberUntil) IS 1),
              sum(EXISTS (SELECT 1 FROM ReviewPauses p WHERE p.ReviewId = r.Id AND p.EndDate IS NULL)),
              sum(r.Decision <> 'Pending' AND r.HomeOfficeNotifiedDate IS NULL AND r.Stage NOT IN ('Closed', 'NotProceeding')),
              sum(r.LocalSignOffDate IS NOT NULL AND r.CommissionerCopyDate IS NULL AND r.Stage NOT IN ('Closed', 'NotProceeding'))
            FROM Reviews r WHERE r.PartnershipId = $p GROUP BY r.Stage
            """, r => (Stage: r.GetString(0), All: r.GetInt32(1), Red: r.GetInt32(2), Amber: r.GetInt32(3), Paused: r.GetInt32(4),
                NotTold: r.GetInt32(5), CopyNotSent: r.GetInt32(6)), args);
        // The five lists in one statement; the late list with what its clocks need, read by the product's clock rules.
        var lists = await FloorSql.ReadAsync(db, string.Join("\nUNION ALL\n", Waits.Select(w => $"""
            SELECT * FROM (SELECT '{w.Name}', r.Reference, r.Stage, r.DateNotified, r.Decision, r.DecisionDate, r.RevisedTargetDate, r.ReconsideredOn,
              r.Id, {w.Since},
              (SELECT group_concat(p.StartDate || '|' || coalesce(p.EndDate, '') || '|' || p.Reason, ';') FROM ReviewPauses p WHERE p.ReviewId = r.Id)
              FROM Reviews r WHERE r.PartnershipId = $p AND {w.Where} ORDER BY {w.Since}, r.Reference LIMIT 25)
            """)), r => (List: r.GetString(0), Reference: $"{r.GetGuid(8)} {r.GetString(1)} {r.GetString(2)}", Since: FloorSql.Date(r, 9),
                Clock: r.GetString(0) == "late"
                ? ReviewClocks.Read(new ClockFacts(Enum.Parse<ReviewStage>(r.GetString(2)), FloorSql.Date(r, 3)!.Value, Enum.Parse<ReviewDecision>(r.GetString(4)),
                    FloorSql.Date(r, 5), Pauses(FloorSql.String(r, 10)), FloorSql.Date(r, 6), FloorSql.Date(r, 7)), timescales.For(FloorSql.Date(r, 3)!.Value), today)
                : null), args);
        var submissions = await FloorSql.ScalarAsync(db, """
            SELECT coalesce(sum((a.ScopingReceived IS NULL AND a.ScopingDue < $today) + (a.ImrReceived IS NULL AND a.ImrDue < $today)
              + (a.ChronologyReceived IS NULL AND a.ChronologyDue < $today) + (a.SummaryReceived IS NULL AND a.SummaryDue < $today)), 0)
            FROM ReviewAgencies a JOIN Reviews r ON r.Id = a.ReviewId WHERE r.PartnershipId = $p AND r.Stage NOT IN ('Closed', 'NotProceeding')
            """, args);
        var gaps = await FloorSql.ReadAsync(db, string.Join("\nUNION ALL\n", FamilyGapRules.Select(g => $"""
            SELECT * FROM (SELECT '{g.Gap}', r.Reference, r.Id, r.Stage FROM Reviews r
              WHERE r.PartnershipId = $p AND r.Decision = 'Hold' AND r.Stage NOT IN ('Closed', 'NotProceeding') AND {g.Where}
              ORDER BY r.DecisionDate, r.Reference LIMIT 25)
            """)), r => $"{r.GetGuid(2)} {r.GetString(1)} {r.GetString(3)}: {r.GetString(0)}", args);
        int Sum(Func<(string Stage, int All, int Red, int Amber, int Paused, int NotTold, int CopyNotSent), int> of) => counts.Sum(of);
        int AtStage(ReviewStage stage) => counts.Where(c => c.Stage == stage.ToString()).Sum(c => c.All);
        string List(string name) => string.Join(", ", lists.Where(l => l.List == name).Select(l => l.Clock is { } c ? $"{l.Reference} {c.DaysOverdue} {c.StatutoryDue}" : $"{l.Reference} {Since(l.Since, today)}"));
        return new FloorView(
            string.Join(", ", counts.OrderBy(c => c.Stage, StringComparer.Ordinal).Select(c => $"{c.Stage}={c.All}")),
            [Sum(c => c.Red), Sum(c => c.Amber), Sum(c => c.Paused), AtStage(ReviewStage.HomeOfficeQa), Sum(c => c.NotTold), Sum(c => c.CopyNotSent),
                AtStage(ReviewStage.AwaitingPublication), (int)submissions],
            Waits.Select(w => $"{w.Name}: {List(w.Name)}").ToList(), gaps);
    }

    protected override string Answer(DashboardView app) => Answer(new FloorView(
        string.Join(", ", app.ByStage.OrderBy(s => s.Key.ToString(), StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}")),
        [app.OverdueCount, app.AtRiskCount, app.PausedCount, app.AwaitingHomeOfficeCount, app.HomeOfficeNotToldCount, app.CommissionerCopyNotSentCount,
            app.ApprovedNotPublishedCount, app.AgencySubmissionsOverdueCount],
        [
            Wait("awaiting Home Office", app.AwaitingHomeOffice), Wait("not told", app.HomeOfficeNotTold), Wait("copy not sent", app.CommissionerCopyNotSent),
            Wait("not published", app.ApprovedNotPublished), $"late: {string.Join(", ", app.OverdueAndDueSoon.Select(r => $"{r.Id} {r.Reference} {r.Stage} {r.Clock.DaysOverdue} {r.Clock.StatutoryDue}"))}",
        ],
        app.FamilyGaps.Select(g => $"{g.Id} {g.Reference} {g.Stage}: {g.Gap}").ToList()));

    protected override string Answer(FloorView floor) =>
        $"{floor.ByStage} | {string.Join(" ", floor.Counts)} | {string.Join(" | ", floor.Lists)} | {string.Join("; ", floor.FamilyGaps)}";

    /// <summary>A review's pauses, as the late list's statement concatenates them (start|end|reason;...).</summary>
    private static List<PausePeriod> Pauses(string? text) => text is null ? [] : text.Split(';').Select(p => p.Split('|')).Select(p => new PausePeriod(
        DateOnly.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture),
        p[1].Length == 0 ? null : DateOnly.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<PauseReason>(p[2]))).ToList();

    private static string Wait(string name, IEnumerable<DashboardWait> rows) =>
        $"{name}: {string.Join(", ", rows.Select(r => $"{r.Id} {r.Reference} {r.Stage} {r.Since:yyyy-MM-dd} {r.Days}"))}";

    /// <summary>A wait as the app shows it: since when, and for how many days (never negative).</summary>
    private static string Since(DateOnly? since, DateOnly today) => $"{since:yyyy-MM-dd} {(since is { } s ? Math.Max(0, today.DayNumber - s.DayNumber) : 0)}";

    internal sealed record FloorView(string ByStage, List<int> Counts, List<string> Lists, List<string> FamilyGaps);
}
