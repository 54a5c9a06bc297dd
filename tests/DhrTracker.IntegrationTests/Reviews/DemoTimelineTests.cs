using DhrTracker.Core.Demo;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Reviews;

/// <summary>ADR 0386: the demo reviews show a believable history, not a lone "Review logged" line.</summary>
public sealed class DemoTimelineTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_demo_review_has_a_history_whose_moves_end_at_its_stage_in_date_order(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await db.Get<DemoData>().SeedAsync();

        await using var context = db.NewContext();
        var today = DateOnly.FromDateTime(TestDatabase.Now.UtcDateTime);
        var reviews = await context.Reviews.AsNoTracking().Include(r => r.Events).ToListAsync();
        Assert.NotEmpty(reviews);
        foreach (var review in reviews)
        {
            var lines = review.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToList();
            var moves = lines.Where(e => e.Kind == ReviewEventKind.Moved).ToList();
            Assert.Equal(ReviewEventKind.Created, lines[0].Kind);
            Assert.True(lines.Count > 1, $"{review.Reference} has only its Created line.");
            Assert.Equal(review.Stage, moves.LastOrDefault()?.ToStage ?? ReviewStage.Notified);
            Assert.All(moves.Zip(moves.Skip(1)), pair => Assert.Equal(pair.First.ToStage, pair.Second.FromStage));
            Assert.All(lines, l => Assert.InRange(DateOnly.FromDateTime(l.AtUtc), review.DateNotified, today));
            Assert.All(lines, l => Assert.NotEqual("demo-seed", l.UserId));
        }

        var dhr3 = reviews.Single(r => r.Reference == "Northbridge DHR3");
        Assert.Contains(dhr3.Events, e => e.Note == "Demo Panel Member joined the panel as member");
        Assert.Contains(dhr3.Events, e => e.Note == "GP added to the review's agencies");
        Assert.Contains(dhr3.Events, e => e.Kind == ReviewEventKind.Paused);
        Assert.DoesNotContain(dhr3.Events, e => e.Note?.Contains("Adult", StringComparison.Ordinal) == true);
    }
}
