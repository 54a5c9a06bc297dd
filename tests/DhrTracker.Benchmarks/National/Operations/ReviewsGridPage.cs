using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Benchmarks.National.Operations;

/// <summary>The coordinator's reviews grid: reviews decided to be held, latest death first, the first page of 25.</summary>
internal sealed class ReviewsGridPage : Operation<PagedResult<ReviewListItem>, ReviewsGridPage.FloorPage>
{
    public override string Name => "Reviews grid page (held, by date of death)";

    public override string Role => Roles.Coordinator;

    protected override Task<PagedResult<ReviewListItem>> App(NationalDatabase db) =>
        db.Get<ReviewService>().ListAsync(new ReviewQuery(Decision: ReviewDecision.Hold),
            new PageRequest(0, 25, nameof(ReviewListItem.DateOfDeath), Descending: true));

    protected override async Task<FloorPage> Floor(NationalDatabase db)
    {
        var user = await FloorSql.UserAsync(db);
        var today = FloorSql.Today;
        var args = new[] { ("$p", (object?)user.PartnershipId), ("$hold", (object?)nameof(ReviewDecision.Hold)) };
        var total = await FloorSql.ScalarAsync(db, "SELECT count(*) FROM Reviews WHERE PartnershipId = $p AND Decision = $hold", args);
        var amber = await FloorSql.ScalarAsync(db, "SELECT AmberWindowDays FROM Partnerships WHERE Id = $p", args);
        var rows = await FloorSql.ReadAsync(db, """
            SELECT r.Reference, r.ActiveDueDate,
              (SELECT p.Reason FROM ReviewPauses p WHERE p.ReviewId = r.Id AND p.EndDate IS NULL LIMIT 1),
              (SELECT group_concat(v.Pseudonym, ', ') FROM (SELECT Pseudonym FROM Victims WHERE ReviewId = r.Id ORDER BY Pseudonym) v),
              (SELECT group_concat(x.Kind) FROM Relationships x WHERE x.ReviewId = r.Id),
              (SELECT u.DisplayName FROM PanelMemberships m JOIN AspNetUsers u ON u.Id = m.UserId
               WHERE m.ReviewId = r.Id AND m.Role = 'Chair' LIMIT 1),
              r.Id, r.DateOfDeath, r.DateNotified, r.Stage, r.Decision
            FROM Reviews r WHERE r.PartnershipId = $p AND r.Decision = $hold
            ORDER BY r.DateOfDeath DESC, r.Reference LIMIT 25
            """, r =>
        {
            var due = FloorSql.Date(r, 1);
            var kinds = FloorSql.String(r, 4)?.Split(',').Select(Enum.Parse<RelationshipKind>) ?? [];
            return new FloorRow(r.GetGuid(6), FloorSql.Date(r, 7)!.Value, FloorSql.Date(r, 8)!.Value, Enum.Parse<ReviewStage>(r.GetString(9)),
                Enum.Parse<ReviewDecision>(r.GetString(10)), due, r.GetString(0), FloorSql.String(r, 3) ?? "", ReviewCategoryRules.Classify(kinds, false).Category,
                FloorSql.String(r, 5) ?? ReviewListItem.NoChair, ReviewClocks.RagFor(due, today, (int)amber),
                due is { } d ? Math.Max(0, today.DayNumber - d.DayNumber) : 0, FloorSql.String(r, 2));
        }, args);
        await FloorSql.AuditAsync(db, user, AuditActions.List, nameof(Review), "", $"decision=Hold; page 1; {total} found");
        return new FloorPage(total, rows);
    }

    protected override string Answer(PagedResult<ReviewListItem> app) => Answer(new FloorPage(app.TotalCount,
        app.Items.Select(i => new FloorRow(i.Id, i.DateOfDeath, i.DateNotified, i.Stage, i.Decision, i.DueDate, i.Reference, i.Victims, i.Category, i.Chair, i.Rag, i.DaysOverdue, i.PausedFor?.ToString())).ToList()));

    protected override string Answer(FloorPage floor) => $"{floor.Total} found: " + string.Join("; ", floor.Rows);

    internal sealed record FloorRow(Guid Id, DateOnly DateOfDeath, DateOnly DateNotified, ReviewStage Stage, ReviewDecision Decision, DateOnly? Due,
        string Reference, string Victims, ReviewCategory? Category, string Chair, Rag Rag, int DaysOverdue, string? PausedFor);

    internal sealed record FloorPage(long Total, List<FloorRow> Rows);
}
