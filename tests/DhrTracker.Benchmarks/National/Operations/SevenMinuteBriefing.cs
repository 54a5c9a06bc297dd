using System.Globalization;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Data;
using DhrTracker.Core.Learning;
using DhrTracker.Core.National;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;
using Microsoft.EntityFrameworkCore;

namespace DhrTracker.Benchmarks.National.Operations;

/// <summary>
/// The 7-minute briefing over the partnership's whole register (the largest one it can write). The floor reads the
/// register by hand and writes it with the product's calculator; its comparison with the national data is the
/// product's own query (national tables are not part of what a partnership's register costs), so the ratio is the register's.
/// </summary>
internal sealed class SevenMinuteBriefing : Operation<BriefingReport, SevenMinuteBriefing.FloorReport>
{
    public override string Name => "7-minute briefing (whole register)";

    protected override async Task<BriefingReport> App(NationalDatabase db) =>
        (await db.Get<BriefingService>().WriteAsync(new BriefingRequest(db.PartnershipId))).Value ?? throw new InvalidOperationException("The briefing was refused.");

    protected override async Task<FloorReport> Floor(NationalDatabase db)
    {
        var user = await FloorSql.UserAsync(db);
        var request = new BriefingRequest(user.PartnershipId!.Value);
        var args = new[] { ("$p", (object?)request.PartnershipId) };
        var partnership = (await FloorSql.ReadAsync(db, "SELECT Id, Name, AreaName, ReviewTypeName, BriefingBackground, SmallNumberThreshold FROM Partnerships WHERE Id = $p",
            r => new BriefingPartnership(r.GetInt32(0), r.GetString(1), FloorSql.String(r, 2), r.GetString(3), FloorSql.String(r, 4),
                r.IsDBNull(5) ? null : r.GetInt32(5)), args)).Single();
        const string held = "FROM Reviews r WHERE r.PartnershipId = $p AND r.Decision = 'Hold'";
        var goodPractice = await FloorSql.ReadAsync(db, $"""
            SELECT f.ReviewId, f.Narrative FROM Findings f JOIN Reviews r ON r.Id = f.ReviewId
            WHERE f.Type = 'GoodPractice' AND f.ReviewId IN (SELECT r.Id {held}) ORDER BY r.DateNotified, f.CreatedUtc, f.Id
            """, r => new BriefingFindingFacts(r.GetGuid(0), r.GetString(1)), args);
        // Names only to remove them from quoted findings, so only for reviews with good practice.
        var names = (await FloorSql.ReadAsync(db, $"""
            SELECT ReviewId, Pseudonym, RealName FROM Victims WHERE ReviewId IN (SELECT f.ReviewId FROM Findings f WHERE f.Type = 'GoodPractice' AND f.ReviewId IN (SELECT r.Id {held}))
            UNION ALL
            SELECT ReviewId, Pseudonym, RealName FROM Perpetrators WHERE ReviewId IN (SELECT f.ReviewId FROM Findings f WHERE f.Type = 'GoodPractice' AND f.ReviewId IN (SELECT r.Id {held}))
            """, r => (Review: r.GetGuid(0), Names: new[] { r.GetString(1), FloorSql.String(r, 2) }), args))
            .ToLookup(n => n.Review, n => n.Names);
        var reviews = await FloorSql.ReadAsync(db, $"""
            SELECT r.Id, r.DateNotified, (SELECT count(*) FROM Victims v WHERE v.ReviewId = r.Id),
              (SELECT c.ChildrenInHousehold FROM Circumstances c WHERE c.ReviewId = r.Id),
              (SELECT group_concat(DISTINCT x.Kind) FROM Relationships x WHERE x.ReviewId = r.Id)
            {held}
            """, r => new BriefingReviewFacts(r.GetGuid(0), ReviewDecision.Hold, FloorSql.Date(r, 1)!.Value, r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3),
                FloorSql.String(r, 4)?.Split(',').Select(Enum.Parse<RelationshipKind>).ToList() ?? [],
                names[r.GetGuid(0)].SelectMany(n => n).OfType<string>().ToList()), args);
        var themes = await FloorSql.ReadAsync(db, "SELECT Id, Name, MergedIntoThemeId FROM Themes WHERE PartnershipId = $p",
            r => (Id: r.GetGuid(0), Name: r.GetString(1), MergedInto: r.IsDBNull(2) ? (Guid?)null : r.GetGuid(2)), args);
        var uses = await FloorSql.ReadAsync(db, $"""
            SELECT k.ReviewId, k.ThemeId FROM ReviewKeyThemes k WHERE k.ReviewId IN (SELECT r.Id {held})
            UNION
            SELECT f.ReviewId, ft.ThemeId FROM FindingThemes ft JOIN Findings f ON f.Id = ft.FindingId WHERE f.ReviewId IN (SELECT r.Id {held})
            """, r => new ThemeUse(r.GetGuid(0), r.GetGuid(1), null), args);
        // Every action of a held review: the whole register is the period, so every signed-off one is in it too.
        var actions = await FloorSql.ReadAsync(db, $"""
            SELECT a.Id, a.ReviewId, a.Description, a.Outcome, a.Status, a.TargetDate, a.CompletedOn, a.SignedOffUtc, a.SignedOffBeforeImport, g.Name
            FROM Actions a JOIN Agencies g ON g.Id = a.OwnerAgencyId WHERE a.ReviewId IN (SELECT r.Id {held})
            """, r => new BriefingActionFacts(new ActionItem
        {
            Id = r.GetGuid(0),
            ReviewId = r.GetGuid(1),
            Description = r.GetString(2),
            Outcome = FloorSql.String(r, 3),
            Status = Enum.Parse<ActionStatus>(r.GetString(4)),
            TargetDate = FloorSql.Date(r, 5)!.Value,
            CompletedOn = FloorSql.Date(r, 6),
            SignedOffUtc = r.IsDBNull(7) ? null : r.GetDateTime(7),
            SignedOffBeforeImport = r.GetBoolean(8),
        }, r.GetString(9), ReviewDecision.Hold), args);
        var register = new BriefingRegister(partnership, reviews, uses, ThemeResolver.Canonical(themes.ToDictionary(t => t.Id, t => t.MergedInto)),
            themes.ToDictionary(t => t.Id, t => t.Name), goodPractice, actions);
        var report = BriefingCalculator.Calculate(register, request, FloorSql.Today, showGoodPracticeText: true);
        await using (var context = await db.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var ids = context.Reviews.Where(r => r.PartnershipId == request.PartnershipId && r.Decision == ReviewDecision.Hold).Select(r => r.Id);
            report = report with { National = await NationalComparison.SummaryAsync(context), Comparison = await NationalComparison.CompareAsync(context, ids) };
        }

        await FloorSql.AuditAsync(db, user, AuditActions.View, BriefingService.Entity, request.PartnershipId.ToString(CultureInfo.InvariantCulture),
            BriefingService.Describe(request));
        return new FloorReport(report);
    }

    protected override string Answer(BriefingReport app) => BriefingJson.Write(app);

    protected override string Answer(FloorReport floor) => BriefingJson.Write(floor.Report);

    /// <summary>The floor's briefing, in a type of its own so the two answers stay apart.</summary>
    internal sealed record FloorReport(BriefingReport Report);
}
