using System.Net;
using System.Security.Claims;
using Bunit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Family;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Components.Pages.Reviews.Family;
using FluentValidation;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DhrTracker.Web.Tests.Reviews;

/// <summary>
/// Issue 14: the review page's family section through the real host (Production, two-factor sign-in). The page loads case
/// content only once its circuit connects, so the section is rendered with the host's own services, as the signed-in user.
/// </summary>
public sealed class FamilySectionTests : IAsyncLifetime
{
    private const string RealName = "Sample Realname";
    private readonly AppFactory factory = new();
    private Guid review;
    private string coordinator = "";
    private string panelMember = "";

    public async ValueTask InitializeAsync()
    {
        coordinator = await factory.CreateUserAsync(Roles.Coordinator);
        panelMember = await factory.CreateUserAsync(Roles.PanelMember);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var member = await db.Users.SingleAsync(u => u.Email == panelMember);
        review = Guid.NewGuid();
        db.Reviews.Add(new Review
        {
            Id = review,
            PartnershipId = member.PartnershipId!.Value,
            Reference = "WF DHR/1",
            DateOfDeath = new DateOnly(2026, 9, 1),
            DateNotified = new DateOnly(2026, 9, 3),
            CreatedByUserId = "test",
        });
        db.PanelMemberships.Add(new PanelMembership { Id = Guid.NewGuid(), ReviewId = review, UserId = member.Id, Role = PanelRole.Member });
        db.Add(new FamilyMember { Id = Guid.NewGuid(), ReviewId = review, Role = NetworkRole.Sibling, Pseudonym = "Sister S", RealName = RealName, Language = "Polish" });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_coordinator_sees_the_family_section_and_real_name_and_a_panel_member_not_chair_sees_relationship_and_pseudonym_only()
    {
        foreach (var email in new[] { coordinator, panelMember })
        {
            var page = await (await factory.SignedInClientAsync(email)).GetAsync($"/reviews/{review}", Xunit.TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        await using (var asCoordinator = await RenderAsync(coordinator))
        {
            var section = asCoordinator.Section;
            Assert.Contains("Sibling: Sister S", section.Find("[data-testid='family-member-row']").TextContent, StringComparison.Ordinal);
            Assert.Equal(11, section.FindAll("[data-testid='family-step']").Count);
            Assert.DoesNotContain(RealName, section.Markup, StringComparison.Ordinal);

            section.FindAll("button").First(b => b.GetAttribute("aria-label") == "Edit Sibling: Sister S").Click();
            Assert.Contains(RealName, section.Find("#field-RealName input").GetAttribute("value"), StringComparison.Ordinal);
        }

        await using var asMember = await RenderAsync(panelMember);
        var read = asMember.Section;
        Assert.Contains("Sibling: Sister S", read.Find("[data-testid='family-member-row']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Polish", read.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(RealName, read.Markup, StringComparison.Ordinal);
        Assert.Empty(read.FindAll("[data-testid='add-family-member'], [data-testid='add-involvement']"));
        Assert.DoesNotContain(read.FindAll("button"), b => b.TextContent.Contains("Edit", StringComparison.Ordinal));
    }

    /// <summary>The section as the host's own services give it to <paramref name="email"/>, signed in on a scope of the real host.</summary>
    private async Task<Rendered> RenderAsync(string email)
    {
        var scope = factory.Services.CreateAsyncScope();
        string userId;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        }

        var auth = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Test")))));
        var view = await scope.ServiceProvider.GetRequiredService<FamilyService>().GetAsync(review);
        Assert.NotNull(view);

        var context = new Rendered(scope);
        context.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<FamilyService>());
        context.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<InvolvementService>());
        context.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<DhrTracker.Core.Drafts.DraftService>());
        context.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<IValidator<FamilyMemberInput>>());
        context.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<IValidator<InvolvementInput>>());
        context.Render<MudPopoverProvider>();
        context.Section = context.Render<FamilySection>(p => p.Add(x => x.View, view));
        return context;
    }

    private sealed class Rendered(AsyncServiceScope scope) : MudTestContext, IAsyncDisposable
    {
        public IRenderedComponent<FamilySection> Section { get; set; } = default!;

        async ValueTask IAsyncDisposable.DisposeAsync()
        {
            await DisposeAsync();
            await scope.DisposeAsync();
        }
    }
}
