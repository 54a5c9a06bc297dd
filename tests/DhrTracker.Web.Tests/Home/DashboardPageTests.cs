using System.Text.RegularExpressions;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Home;

/// <summary>
/// The dashboard and the shell as the server renders them in Production (issue 13): the Home Office split, the
/// waiting lines with their links, and the partnership's own name for its reviews.
/// </summary>
public sealed partial class DashboardPageTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private string coordinator = "";

    public async ValueTask InitializeAsync()
    {
        coordinator = await factory.CreateUserAsync(Roles.Coordinator);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var partnership = await db.Partnerships.SingleAsync(p => p.Name == AppFactory.Partnership);
        partnership.ReviewTypeName = "Domestic Abuse Related Death Review";
        partnership.ReviewTypeAbbreviation = "DARDR";
        Review New(string reference, ReviewStage stage) => new()
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Reference = reference,
            Stage = stage,
            CreatedByUserId = "test",
            DateOfDeath = new DateOnly(2026, 1, 5),
            DateNotified = new DateOnly(2026, 1, 9),
            Decision = ReviewDecision.Hold,
            DecisionDate = new DateOnly(2026, 2, 1),
        };
        var untold = New("WT DHR1", ReviewStage.Commissioning);
        var atQa = New("WT DHR2", ReviewStage.HomeOfficeQa);
        atQa.HomeOfficeNotifiedDate = new DateOnly(2026, 2, 2);
        atQa.QaSubmissionDate = new DateOnly(2026, 9, 1);
        atQa.LocalSignOffDate = new DateOnly(2026, 8, 20);
        db.Reviews.AddRange(untold, atQa);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_coordinator_sees_each_waiting_count_linking_to_its_list_and_the_partnerships_review_type()
    {
        var client = await factory.SignedInClientAsync(coordinator);

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(("1", "/reviews?waiting=nottold"), Count(html, "count-home-office-not-told"));
        Assert.Equal(("1", "/reviews?waiting=homeoffice"), Count(html, "count-home-office"));
        Assert.Equal(("1", "/reviews?waiting=commissionercopy"), Count(html, "count-commissioner-copy"));
        Assert.Equal(("0", "/reviews?stage=AwaitingPublication"), Count(html, "count-approved-not-published"));
        Assert.Equal(("0", "/reviews/requests?overdue=true"), Count(html, "count-agency-overdue"));
        Assert.Contains("Needs action", html, StringComparison.Ordinal);
        Assert.Contains("within 7 days of it", html, StringComparison.Ordinal);
        Assert.Contains("Domestic Abuse Related Death Reviews (DARDR)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Domestic Homicide Review", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_and_due_soon_are_one_card_and_one_list_and_a_paused_review_says_what_its_pauses_explain()
    {
        // Held 260 days ago: the report fell due six months later, so it is late by the statute; 100 paused days
        // put the adjusted date beyond today.
        var today = DhrTracker.Core.Common.UkDates.TodayInUk(factory.Clock);
        var decided = today.AddDays(-260);
        var statutory = decided.AddMonths(6);
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Name == AppFactory.Partnership, TestContext.Current.CancellationToken);
            var review = new Review
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnership.Id,
                Reference = "WT DHR3",
                Stage = ReviewStage.Drafting,
                CreatedByUserId = "test",
                DateOfDeath = decided.AddDays(-30),
                DateNotified = decided.AddDays(-25),
                Decision = ReviewDecision.Hold,
                DecisionDate = decided,
                ActiveDueDate = statutory,
            };
            review.Pauses.Add(new ReviewPause { Id = Guid.NewGuid(), StartDate = decided.AddDays(10), EndDate = decided.AddDays(110), Reason = PauseReason.CriminalTrial });
            db.Reviews.Add(review);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var client = await factory.SignedInClientAsync(coordinator);
        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(("1", "/reviews?rag=Red"), Count(html, "count-overdue"));
        Assert.Contains("against the statutory date, paused days included", html, StringComparison.Ordinal);
        Assert.Equal(("0", "/reviews?rag=Amber"), Count(html, "count-at-risk"));
        Assert.DoesNotContain("count-upcoming", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Deadlines in the next", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h2[^>]*>Overdue and due soon</h2>"));
        Assert.Contains($"{today.DayNumber - statutory.DayNumber} days overdue", html, StringComparison.Ordinal);
        Assert.Contains("on time allowing for 100 paused days", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_actions_names_the_partnerships_reviews()
    {
        var lead = await factory.CreateUserAsync(Roles.AgencyLead, "Police");
        var client = await factory.SignedInClientAsync(lead);

        var html = await client.GetStringAsync("/my-actions", TestContext.Current.CancellationToken);

        Assert.Contains("The actions your agency owns from domestic abuse related death reviews.", html, StringComparison.Ordinal);
    }

    private static (string Count, string Href) Count(string html, string testId)
    {
        var match = Regex.Match(html, $"<a[^>]*data-testid=\"{testId}\"[^>]*>(\\d+)</a>");
        Assert.True(match.Success, $"No count {testId} on the page.");
        var href = Regex.Match(match.Value, "href=\"([^\"]+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        return (match.Groups[1].Value, href);
    }
}
