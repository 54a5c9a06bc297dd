using DhrTracker.Core.Actions;
using DhrTracker.Core.Common;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Actions;

/// <summary>
/// The action page as the server renders it (ADR 0380): a Manager sees who last set the status and RAG and
/// when, and the RAG as the dates allow; the agency lead sees the RAG but not who set it.
/// </summary>
public sealed class ActionStatusPageTests : IAsyncLifetime
{
    private static readonly DateTime SetAt = new(2026, 11, 20, 10, 30, 0, DateTimeKind.Utc);

    private readonly AppFactory factory = new();
    private string managerEmail = "";
    private string leadEmail = "";
    private string leadName = "";
    private Guid actionId;

    public async ValueTask InitializeAsync()
    {
        managerEmail = await factory.CreateUserAsync(Roles.Manager);
        leadEmail = await factory.CreateUserAsync(Roles.AgencyLead, agency: "Police");
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var lead = await db.Users.SingleAsync(u => u.Email == leadEmail);
        leadName = lead.DisplayName;
        var partnership = await db.Partnerships.SingleAsync(p => p.Name == AppFactory.Partnership);
        var police = await db.Agencies.SingleAsync(a => a.PartnershipId == partnership.Id && a.Name == "Police");
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Reference = "WT DHR9",
            DateOfDeath = new DateOnly(2025, 1, 5),
            DateNotified = new DateOnly(2025, 1, 9),
            CreatedByUserId = "test",
        };
        var rec = new Recommendation
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Number = 1,
            Text = "Agencies should share risk information within a day (synthetic).",
            Scope = RecommendationScope.Local,
            MadeOn = new DateOnly(2025, 6, 1),
        };
        actionId = Guid.NewGuid();
        db.Reviews.Add(review);
        db.Recommendations.Add(rec);
        // Past its target date and set Green by the lead: the page must read Red and say who set it.
        db.Actions.Add(new ActionItem
        {
            Id = actionId,
            RecommendationId = rec.Id,
            ReviewId = review.Id,
            Number = 1,
            OwnerAgencyId = police.Id,
            Description = "Set up a daily risk information call (synthetic).",
            LeadOfficer = "Safeguarding lead",
            TargetDate = new DateOnly(2026, 1, 31),
            Status = ActionStatus.InProgress,
            Rag = ActionRag.Green,
            StatusSetByUserId = lead.Id,
            StatusSetUtc = SetAt,
            RagSetByUserId = lead.Id,
            RagSetUtc = SetAt,
        });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_manager_sees_who_last_set_status_and_rag_and_the_rag_the_dates_allow()
    {
        var client = await factory.SignedInClientAsync(managerEmail);

        var page = await client.GetStringAsync($"/actions/{actionId}", TestContext.Current.CancellationToken);

        var setBy = $"{leadName}, {UkDates.FormatUtc(SetAt)}";
        Assert.Contains("Status last set", page, StringComparison.Ordinal);
        Assert.Contains("RAG last set", page, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(page, System.Net.WebUtility.HtmlEncode(setBy)));
        Assert.Contains("Red (past its target date; set as green)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_sees_the_rag_but_not_who_set_it()
    {
        var client = await factory.SignedInClientAsync(leadEmail);

        var page = await client.GetStringAsync($"/actions/{actionId}", TestContext.Current.CancellationToken);

        Assert.Contains("Red (past its target date; set as green)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Status last set", page, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
