using System.Net;
using System.Text.Json;
using Bunit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Drafts;
using DhrTracker.Core.Family;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Components.Pages.Reviews.Family;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DhrTracker.Web.Tests.Reviews;

/// <summary>
/// Issue 14: the review page's family section through the real host (Production, two-factor sign-in). The page loads case
/// content only once its circuit connects, so the section is rendered with the host's own services, as the signed-in user.
/// Its involvement log offers back a kept draft of an entry only to whoever may still use the entry form (R23, ADR 0406).
/// </summary>
public sealed class FamilySectionTests : IAsyncLifetime
{
    private const string RealName = "Sample Realname";
    private const string KeptNotes = "Sister S asked for the terms of reference in Polish, by letter.";
    private readonly AppFactory factory = new();
    private Guid review;
    private Guid sister;
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
        sister = Guid.NewGuid();
        db.Add(new FamilyMember { Id = sister, ReviewId = review, Role = NetworkRole.Sibling, Pseudonym = "Sister S", RealName = RealName, Language = "Polish" });
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

    [Fact]
    public async Task A_coordinators_kept_involvement_entry_is_offered_in_the_log_and_continuing_it_opens_the_form_with_what_they_typed()
    {
        await KeepDraftAsync(coordinator);

        await using var asCoordinator = await RenderAsync(coordinator);
        var section = asCoordinator.Section;
        var offer = section.Find("[data-testid='involvement-draft']");
        Assert.Contains("You began an entry of the involvement log and did not save it.", offer.TextContent, StringComparison.Ordinal);
        // Offered, not opened: the form waits for the user's choice.
        Assert.Empty(section.FindAll("[data-testid='save-involvement']"));

        section.Find("[data-testid='involvement-draft'] [data-testid='continue-draft']").Click();

        Assert.Single(section.FindAll("[data-testid='save-involvement']"));
        Assert.Equal(KeptNotes, section.Find("#field-Notes textarea").GetAttribute("value"));
        Assert.Equal("05/10/2026", section.Find("#field-On input").GetAttribute("value"));
        // The offer gives way to the form it opened, so the same draft cannot be continued twice.
        Assert.Empty(section.FindAll("[data-testid='involvement-draft']"));
    }

    [Fact]
    public async Task A_chairs_kept_involvement_entry_is_offered_only_while_they_chair_and_never_to_a_panel_member_who_does_not()
    {
        var chair = await factory.CreateUserAsync(Roles.PanelMember);
        var seat = await SeatAsync(chair, PanelRole.Chair);
        await KeepDraftAsync(chair);
        await KeepDraftAsync(coordinator);

        await using (var asChair = await RenderAsync(chair))
        {
            Assert.Single(asChair.Section.FindAll("[data-testid='involvement-draft']"));
        }

        // The chair's seat becomes an ordinary one: they may no longer use the form (ReviewAccess.CanManageFamily), so
        // their draft, still kept, is not offered to them (ADR 0406).
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            (await db.PanelMemberships.SingleAsync(p => p.Id == seat)).Role = PanelRole.Member;
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            var chairId = await db.Users.Where(u => u.Email == chair).Select(u => u.Id).SingleAsync();
            Assert.Equal(1, await db.Set<FormDraft>().CountAsync(d => d.UserId == chairId && d.Form == DraftForm.InvolvementEntry));
        }

        foreach (var email in new[] { chair, panelMember })
        {
            await using var asMember = await RenderAsync(email);
            var section = asMember.Section;
            Assert.Contains("Sibling: Sister S", section.Find("[data-testid='family-member-row']").TextContent, StringComparison.Ordinal);
            Assert.Empty(section.FindAll("[data-testid='involvement-draft'], [data-testid='continue-draft'], [data-testid='add-involvement']"));
            Assert.DoesNotContain(KeptNotes, section.Markup, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// R19 (ADR 0408): the chair records the language while the coordinator adds access needs to the same person. The
    /// coordinator's save is overtaken; the form takes the chair's language, keeps the access needs, and saves both.
    /// </summary>
    [Fact]
    public async Task A_save_overtaken_by_another_change_to_the_same_person_merges_both_and_saves_them()
    {
        var chair = await factory.CreateUserAsync(Roles.PanelMember);
        await SeatAsync(chair, PanelRole.Chair);
        await using var asCoordinator = await RenderAsync(coordinator);
        var section = asCoordinator.Section;
        section.FindAll("button").First(b => b.GetAttribute("aria-label") == "Edit Sibling: Sister S").Click();
        section.Find("#field-AccessNeeds input").Input("Large print");

        await using (var chairs = await factory.SignedInScopeAsync(chair))
        {
            var family = chairs.ServiceProvider.GetRequiredService<FamilyService>();
            var input = (await family.GetAsync(review))!.Members.Single().Details;
            input.Language = "Polish, in writing";
            var saved = await family.UpdateMemberAsync(review, sister, input, Xunit.TestContext.Current.CancellationToken);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        }

        section.Find("[data-testid='save-family-member']").Click();

        section.WaitForAssertion(() => Assert.Contains("Their changes to Language are now in the form.",
            section.Find("[data-testid='family-member-conflict-taken']").TextContent, StringComparison.Ordinal));
        Assert.Empty(section.FindAll("[data-testid='family-member-clash']"));
        Assert.Equal("Polish, in writing", section.Find("#field-Language input").GetAttribute("value"));
        Assert.Equal("Large print", section.Find("#field-AccessNeeds input").GetAttribute("value"));

        section.Find("[data-testid='save-family-member']").Click();

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await WaitForAsync(async () => await db.Set<FamilyMember>().AsNoTracking().AnyAsync(m => m.Id == sister && m.AccessNeeds == "Large print"));
        var stored = await db.Set<FamilyMember>().AsNoTracking().SingleAsync(m => m.Id == sister);
        Assert.Equal(("Polish, in writing", "Large print", RealName), (stored.Language, stored.AccessNeeds, stored.RealName));
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50 && !await condition(); i++)
        {
            await Task.Delay(100, Xunit.TestContext.Current.CancellationToken);
        }
    }

    /// <summary>What the entry form keeps as its draft (its model as JSON, as <c>InvolvementForm</c>'s keeper sends it), kept as <paramref name="email"/>.</summary>
    private async Task KeepDraftAsync(string email)
    {
        await using var scope = await factory.SignedInScopeAsync(email);
        var typed = new InvolvementInput
        {
            Step = InvolvementStep.TermsOfReference,
            On = new DateOnly(2026, 10, 5),
            FamilyMemberId = sister,
            Method = ContactRoute.Letter,
            Notes = KeptNotes,
        };
        var kept = await scope.ServiceProvider.GetRequiredService<DraftService>()
            .KeepAsync(DraftKey.Adding(review, DraftForm.InvolvementEntry), JsonSerializer.Serialize(typed), Xunit.TestContext.Current.CancellationToken);
        Assert.True(kept.Succeeded, string.Join("; ", kept.Errors));
    }

    private async Task<Guid> SeatAsync(string email, PanelRole role)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var seat = new PanelMembership { Id = Guid.NewGuid(), ReviewId = review, UserId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), Role = role };
        db.PanelMemberships.Add(seat);
        await db.SaveChangesAsync();
        return seat.Id;
    }

    /// <summary>The section as the host's own services give it to <paramref name="email"/>, signed in on a scope of the real host.</summary>
    private async Task<Rendered> RenderAsync(string email)
    {
        var scope = await factory.SignedInScopeAsync(email);
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
