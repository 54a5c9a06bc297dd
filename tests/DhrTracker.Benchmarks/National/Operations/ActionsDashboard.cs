using DhrTracker.Core.Actions;

namespace DhrTracker.Benchmarks.National.Operations;

/// <summary>The manager's actions dashboard: each agency's line (actions, signed off, overdue, awaiting sign-off), due soon, and the theme filter's choices.</summary>
internal sealed class ActionsDashboard : Operation<ActionDashboardView, ActionsDashboard.FloorView>
{
    public override string Name => "Actions dashboard";

    protected override Task<ActionDashboardView> App(NationalDatabase db) => db.Get<ActionDashboardService>().SummaryAsync();

    protected override async Task<FloorView> Floor(NationalDatabase db)
    {
        var user = await FloorSql.UserAsync(db);
        var (lines, dueSoon) = await FloorQueries.AgencyLinesAsync(db, user.PartnershipId!.Value, FloorSql.Today);
        var args = new[] { ("$p", (object?)user.PartnershipId) };
        var themes = await FloorSql.ReadAsync(db, """
            SELECT t.Id, t.Name, c.Name FROM Themes t JOIN ThemeCategories c ON c.Id = t.CategoryId WHERE t.PartnershipId = $p AND t.MergedIntoThemeId IS NULL
            """, r => $"{r.GetGuid(0)} {r.GetString(1)} ({r.GetString(2)})", args);
        return new FloorView(lines, dueSoon, themes);
    }

    protected override string Answer(ActionDashboardView app) => Answer(new FloorView(
        app.Agencies.Select(a => new FloorQueries.AgencyLine(a.Agency, a.Actions, a.SignedOff, a.Overdue, a.AwaitingSignOff)).ToList(),
        app.DueInNext30Days, app.Themes.Select(t => $"{t.Id} {t.Name} ({t.Category})").ToList()));

    protected override string Answer(FloorView floor) =>
        $"{floor.DueSoon} due soon; {FloorQueries.Describe(floor.Agencies)}; themes: {string.Join(", ", floor.Themes.Order(StringComparer.Ordinal))}";

    internal sealed record FloorView(List<FloorQueries.AgencyLine> Agencies, int DueSoon, List<string> Themes);
}
