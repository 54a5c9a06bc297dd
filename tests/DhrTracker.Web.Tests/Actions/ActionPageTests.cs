using Bunit;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Components.Pages.Actions;
using FluentValidation;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TestContext = Xunit.TestContext;

namespace DhrTracker.Web.Tests.Actions;

/// <summary>
/// The action page has a way back and no dead form (ADR 0381): its facts laid out as the review summary's, a
/// link back to its review for those who read it, a file box that clears after posting, and nothing to report
/// once the action is complete.
/// </summary>
public sealed class ActionPageTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private string managerEmail = "";
    private string leadEmail = "";
    private Guid reviewId;
    private Guid openActionId;
    private Guid completeActionId;
    private Guid recommendationId;

    public async ValueTask InitializeAsync()
    {
        managerEmail = await factory.CreateUserAsync(Roles.Manager);
        leadEmail = await factory.CreateUserAsync(Roles.AgencyLead, agency: "Police");
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var partnership = await db.Partnerships.SingleAsync(p => p.Name == AppFactory.Partnership);
        var police = await db.Agencies.SingleAsync(a => a.PartnershipId == partnership.Id && a.Name == "Police");
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
        var rec = new Recommendation
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Number = 1,
            Text = "Agencies should share risk information within a day (synthetic).",
            Scope = RecommendationScope.Local,
            MadeOn = new DateOnly(2025, 6, 1),
        };
        ActionItem Action(int number, ActionStatus status) => new()
        {
            Id = Guid.NewGuid(),
            RecommendationId = rec.Id,
            ReviewId = review.Id,
            Number = number,
            OwnerAgencyId = police.Id,
            Description = $"Action {number} (synthetic).",
            LeadOfficer = "Safeguarding lead",
            TargetDate = new DateOnly(2027, 6, 30),
            Status = status,
        };
        recommendationId = rec.Id;
        var open = Action(1, ActionStatus.InProgress);
        var complete = Action(2, ActionStatus.Complete);
        (openActionId, completeActionId) = (open.Id, complete.Id);
        db.Reviews.Add(review);
        db.Recommendations.Add(rec);
        db.Actions.AddRange(open, complete);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_manager_reads_the_facts_as_a_summary_and_has_a_link_back_to_the_review()
    {
        var client = await factory.SignedInClientAsync(managerEmail);

        var page = await client.GetStringAsync($"/actions/{openActionId}", TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"/reviews/{reviewId}\"", page, StringComparison.Ordinal);
        Assert.Contains("Back to review WT DHR7", page, StringComparison.Ordinal);
        Assert.Matches("<dl class=\"summary-list[^\"]*\" data-testid=\"action-facts\"", page);
    }

    [Fact]
    public async Task The_lead_reports_on_an_open_action_but_not_on_a_complete_one_and_goes_back_to_their_actions()
    {
        var client = await factory.SignedInClientAsync(leadEmail);
        var ct = TestContext.Current.CancellationToken;

        var open = await client.GetStringAsync($"/actions/{openActionId}", ct);
        var complete = await client.GetStringAsync($"/actions/{completeActionId}", ct);

        Assert.Contains("Post a progress update", open, StringComparison.Ordinal);
        Assert.Contains("Complete, awaiting sign-off", complete, StringComparison.Ordinal);
        Assert.DoesNotContain("Post a progress update", complete, StringComparison.Ordinal);
        Assert.DoesNotContain("evidence-file", complete, StringComparison.Ordinal);
        Assert.Contains("Back to my actions", complete, StringComparison.Ordinal);
        Assert.DoesNotContain($"/reviews/{reviewId}", complete, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_posting_progress_with_a_file_the_file_box_is_empty_again()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var leadId = await db.Users.Where(u => u.Email == leadEmail).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        await using var bunit = new BunitContext();
        bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        bunit.Services.AddMudServices();
        var host = factory.Services;
        var dbFactory = host.GetRequiredService<IDbContextFactory<AppDbContext>>();
        bunit.Services.AddSingleton(new ActionProgressService(dbFactory, new CurrentUserLoader(new SignedIn(leadId), dbFactory, new RequestOrigin()),
            host.GetRequiredService<IValidator<ProgressUpdateInput>>(), host.GetRequiredService<IValidator<CompleteActionInput>>(),
            host.GetRequiredService<FileStore>(), factory.Clock));
        bunit.Services.AddSingleton(host.GetRequiredService<IValidator<ProgressUpdateInput>>());
        bunit.Services.AddSingleton<TimeProvider>(factory.Clock);
        var form = bunit.Render<ProgressUpdateForm>(p => p
            .Add(x => x.ActionId, openActionId).Add(x => x.Status, ActionStatus.InProgress).Add(x => x.Rag, ActionRag.Green));
        var fileBox = form.FindComponent<InputFile>();
        var chosen = fileBox.Instance;
        fileBox.UploadFiles(InputFileContent.CreateFromBinary("%PDF-1.7\nsynthetic training record\n%%EOF\n"u8.ToArray(), "training-record.pdf", contentType: "application/pdf"));
        form.Find("#field-Text textarea").Input("Training delivered to the team (synthetic).");

        form.Find("[data-testid='post-update']").Click();

        form.WaitForAssertion(() => Assert.NotSame(chosen, form.FindComponent<InputFile>().Instance), TimeSpan.FromSeconds(10));
        Assert.Equal(1, await db.ActionEvidence.CountAsync(e => e.ActionId == openActionId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_managers_edit_overtaken_by_the_leads_progress_update_merges_both_and_saves_them()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await factory.SignedInScopeAsync(managerEmail);
        var edit = (await scope.ServiceProvider.GetRequiredService<ActionProgressService>().GetAsync(openActionId, ct))!.Edit;
        Assert.NotNull(edit);
        await using var bunit = new Rendering();
        bunit.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ActionPlanService>());
        bunit.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ActionProgressService>());
        bunit.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<DhrTracker.Core.Agencies.AgencyRegister>());
        bunit.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<IValidator<ActionInput>>());
        bunit.Render<MudBlazor.MudPopoverProvider>();
        var form = bunit.Render<ActionForm>(p => p.Add(x => x.ActionId, openActionId).Add(x => x.Current, edit));
        form.WaitForAssertion(() => form.Find("#field-Description textarea"));
        form.Find("#field-Description textarea").Input("Share risk information within four hours (synthetic).");

        await using (var leads = await factory.SignedInScopeAsync(leadEmail))
        {
            var reported = await leads.ServiceProvider.GetRequiredService<ActionProgressService>().PostUpdateAsync(openActionId,
                new ProgressUpdateInput { Date = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime), Text = "Protocol drafted (synthetic).", Status = ActionStatus.OffTrack, Rag = ActionRag.Amber }, null, ct);
            Assert.True(reported.Succeeded, string.Join("; ", reported.Errors));
        }

        form.Find("[data-testid='save-action']").Click();

        form.WaitForAssertion(() => Assert.Contains("Their changes to Status, RAG are now in the form.",
            form.Find("[data-testid='action-conflict-taken']").TextContent, StringComparison.Ordinal));
        Assert.Empty(form.FindAll("[data-testid='action-clash']"));

        form.Find("[data-testid='save-action']").Click();

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        form.WaitForAssertion(() => Assert.True(db.Actions.AsNoTracking().Any(a => a.Id == openActionId && a.Description.Contains("four hours"))), TimeSpan.FromSeconds(10));
        var stored = await db.Actions.AsNoTracking().SingleAsync(a => a.Id == openActionId, ct);
        Assert.Equal(("Share risk information within four hours (synthetic).", ActionStatus.OffTrack, ActionRag.Amber), (stored.Description, stored.Status, stored.Rag));
    }

    [Fact]
    public async Task A_recommendation_edit_overtaken_by_another_managers_save_merges_both_and_saves_them()
    {
        var ct = TestContext.Current.CancellationToken;
        var other = await factory.CreateUserAsync(Roles.Manager);
        await using var scope = await factory.SignedInScopeAsync(managerEmail);
        var plan = (await scope.ServiceProvider.GetRequiredService<ActionPlanService>().GetAsync(reviewId, ct))!;
        await using var bunit = new Rendering();
        bunit.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<ActionPlanService>());
        bunit.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<DhrTracker.Core.Agencies.AgencyRegister>());
        bunit.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<DhrTracker.Core.Drafts.DraftService>());
        bunit.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<IValidator<RecommendationInput>>());
        bunit.Render<MudBlazor.MudPopoverProvider>();
        var form = bunit.Render<RecommendationForm>(p => p.Add(x => x.ReviewId, reviewId).Add(x => x.NextNumber, 1)
            .Add(x => x.Existing, plan.Recommendations.Single()).Add(x => x.Themes, plan.ActiveThemes).Add(x => x.Findings, plan.ReviewFindings));
        form.WaitForAssertion(() => form.Find("#field-Text textarea"));
        form.Find("#field-Text textarea").Input("Agencies should share risk information within four hours (synthetic).");

        await using (var others = await factory.SignedInScopeAsync(other))
        {
            var service = others.ServiceProvider.GetRequiredService<ActionPlanService>();
            var input = RecommendationMerge.ToInput((await service.GetAsync(reviewId, ct))!.Recommendations.Single());
            input.Scope = RecommendationScope.Regional;
            var saved = await service.UpdateRecommendationAsync(reviewId, recommendationId, input, ct);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        }

        form.Find("[data-testid='save-recommendation']").Click();

        form.WaitForAssertion(() => Assert.Contains("Their changes to Scope are now in the form.",
            form.Find("[data-testid='recommendation-conflict-taken']").TextContent, StringComparison.Ordinal));
        Assert.Empty(form.FindAll("[data-testid='recommendation-clash']"));

        form.Find("[data-testid='save-recommendation']").Click();

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        form.WaitForAssertion(() => Assert.True(db.Recommendations.AsNoTracking().Any(r => r.Id == recommendationId && r.Text.Contains("four hours"))), TimeSpan.FromSeconds(10));
        var stored = await db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == recommendationId, ct);
        Assert.Equal(("Agencies should share risk information within four hours (synthetic).", RecommendationScope.Regional), (stored.Text, stored.Scope));
    }

    private sealed class Rendering : MudTestContext;

    private sealed class SignedIn(string userId) : IUserIdSource
    {
        public Task<string?> GetUserIdAsync() => Task.FromResult<string?>(userId);
    }
}
