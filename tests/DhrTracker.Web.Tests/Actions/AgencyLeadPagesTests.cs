using System.Net;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Actions;

/// <summary>
/// The lead's workspace as the server renders it, and their export: their agency's action with its
/// recommendation and review reference, and nothing of the case (victim, perpetrator, other agencies).
/// </summary>
public sealed class AgencyLeadPagesTests : IAsyncLifetime
{
    private const string Victim = "Adult Heron";
    private const string Perpetrator = "Adult Osprey";
    private const string PoliceText = "Retrain call handlers on stalking risk (synthetic).";
    private const string HousingText = "Review tenancy enforcement letters (synthetic).";

    private readonly AppFactory factory = new();
    private string leadEmail = "";
    private Guid policeAction;
    private Guid housingAction;
    private Guid reviewId;

    public async ValueTask InitializeAsync()
    {
        await factory.CreateUserAsync(Roles.Coordinator);
        await using var scope = factory.Services.CreateAsyncScope();
        leadEmail = $"lead-{Guid.NewGuid():N}@example.org";
        var created = await scope.ServiceProvider.GetRequiredService<UserAdmin>()
            .CreateAsync(leadEmail, Roles.AgencyLead, "Web Test Partnership", AppFactory.Password, agencyName: "Police");
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var partnership = await db.Partnerships.SingleAsync(p => p.Name == "Web Test Partnership");
        var agencies = await db.Agencies.Where(a => a.PartnershipId == partnership.Id).ToDictionaryAsync(a => a.Name, a => a.Id);
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Reference = "WT DHR7",
            DateOfDeath = new DateOnly(2025, 1, 5),
            DateNotified = new DateOnly(2025, 1, 9),
            CreatedByUserId = "test",
        };
        reviewId = review.Id;
        db.Reviews.Add(review);
        db.Victims.Add(new Victim { Id = Guid.NewGuid(), ReviewId = review.Id, Pseudonym = Victim, AgeAtDeath = 41 });
        db.Perpetrators.Add(new Perpetrator { Id = Guid.NewGuid(), ReviewId = review.Id, Pseudonym = Perpetrator });
        var rec = new Recommendation
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Number = 1,
            Text = "Agencies should recognise stalking as a risk marker (synthetic).",
            Scope = RecommendationScope.Local,
            MadeOn = new DateOnly(2026, 1, 10),
        };
        db.Recommendations.Add(rec);
        policeAction = Guid.NewGuid();
        housingAction = Guid.NewGuid();
        db.Actions.AddRange(
            NewAction(policeAction, rec, 1, agencies["Police"], PoliceText),
            NewAction(housingAction, rec, 2, agencies["Housing"], HousingText));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task My_actions_and_the_action_page_show_the_plan_and_nothing_of_the_case()
    {
        var client = await SignedInAsync();

        var list = await client.GetStringAsync("/my-actions", TestContext.Current.CancellationToken);
        var page = await client.GetStringAsync($"/actions/{policeAction}", TestContext.Current.CancellationToken);

        Assert.Contains(PoliceText, list, StringComparison.Ordinal);
        Assert.Contains("WT DHR7", list, StringComparison.Ordinal);
        Assert.Contains("recognise stalking as a risk marker", page, StringComparison.Ordinal);
        foreach (var html in new[] { list, page })
        {
            Assert.DoesNotContain(Victim, html, StringComparison.Ordinal);
            Assert.DoesNotContain(Perpetrator, html, StringComparison.Ordinal);
            Assert.DoesNotContain(HousingText, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Another_agencys_action_the_review_and_the_dashboard_are_closed_to_a_lead()
    {
        var client = await SignedInAsync();

        var other = await client.GetStringAsync($"/actions/{housingAction}", TestContext.Current.CancellationToken);
        var review = await client.GetAsync($"/reviews/{reviewId}", TestContext.Current.CancellationToken);
        var dashboard = await client.GetAsync("/actions", TestContext.Current.CancellationToken);

        Assert.Contains("Page not found", other, StringComparison.Ordinal);
        Assert.DoesNotContain(HousingText, other, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, review.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task A_leads_export_holds_only_their_agencys_action_and_no_case_content()
    {
        var client = await SignedInAsync();

        var response = await client.GetAsync("/exports/actions.csv", TestContext.Current.CancellationToken);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains(PoliceText, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(HousingText, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(Victim, csv, StringComparison.Ordinal);
    }

    private static ActionItem NewAction(Guid id, Recommendation rec, int number, int agency, string text) => new()
    {
        Id = id,
        RecommendationId = rec.Id,
        ReviewId = rec.ReviewId,
        Number = number,
        OwnerAgencyId = agency,
        Description = text,
        LeadOfficer = "Safeguarding lead",
        TargetDate = new DateOnly(2027, 3, 31),
    };

    private Task<HttpClient> SignedInAsync() => factory.SignedInClientAsync(leadEmail);
}
