using System.Net;
using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Reviews;

/// <summary>
/// ADR 0388 on the real host (Production, two-factor): a coordinator whose partnership holds a finding with unmatched
/// agency text is linked to the list from the dashboard and may open it; a manager gets neither.
/// </summary>
public sealed class AgenciesToResolvePageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Page = "/findings/agencies-to-resolve";

    [Fact]
    public async Task The_dashboard_links_a_coordinator_to_the_list_and_a_manager_neither_sees_the_link_nor_opens_the_page()
    {
        var coordinator = await factory.CreateUserAsync(Roles.Coordinator);
        var manager = await factory.CreateUserAsync(Roles.Manager);
        await UnmatchedFindingAsync();
        var ct = TestContext.Current.CancellationToken;

        var asCoordinator = await factory.SignedInClientAsync(coordinator);
        var dashboard = await asCoordinator.GetStringAsync("/", ct);
        var page = await asCoordinator.GetAsync(Page, ct);
        var asManager = await factory.SignedInClientAsync(manager);
        var managersDashboard = await asManager.GetStringAsync("/", ct);
        var refused = await asManager.GetAsync(Page, ct);

        Assert.Contains($"href=\"{Page}\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("1 finding names an agency", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Findings whose agency needs resolving", await page.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.DoesNotContain(Page, managersDashboard, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("/access-denied", refused.Headers.Location?.ToString() ?? "");
    }

    /// <summary>A finding as the upgrade leaves one whose agency text matched no register name.</summary>
    private async Task UnmatchedFindingAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var partnership = await db.Partnerships.SingleAsync(p => p.Name == AppFactory.Partnership);
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Reference = "WT DHR9",
            Stage = ReviewStage.PanelAnalysis,
            CreatedByUserId = "test",
            DateOfDeath = new DateOnly(2026, 1, 5),
            DateNotified = new DateOnly(2026, 1, 9),
            Decision = ReviewDecision.Hold,
            DecisionDate = new DateOnly(2026, 2, 1),
        };
        db.Reviews.Add(review);
        db.Findings.Add(new Finding
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Type = FindingType.OtherLearning,
            AgencyName = "GP practice",
            Narrative = "Learning about risk.",
            CreatedByUserId = "test",
        });
        await db.SaveChangesAsync();
    }
}
