using Bunit;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Components.Pages.Reviews;
using DhrTracker.Web.Components.Pages.Reviews.Import;
using DhrTracker.Web.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestContext = Xunit.TestContext;

namespace DhrTracker.Web.Tests.Reviews;

/// <summary>
/// The reviews list names each review's victims by pseudonym, its category and its chair, and says "No" when a
/// review is not paused (issue 16). The grid loads after the first render, so it is rendered with bUnit over the
/// web host's database rather than fetched as prerendered HTML.
/// </summary>
public sealed class ReviewListPageTests : MudTestContext
{
    [Fact]
    public async Task Each_row_names_the_victims_category_and_chair_and_an_unpaused_review_reads_No()
    {
        await using var factory = new AppFactory();
        var ct = TestContext.Current.CancellationToken;
        var coordinatorEmail = await factory.CreateUserAsync(Roles.Coordinator);
        var chairEmail = await factory.CreateUserAsync(Roles.PanelMember);
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        string coordinatorId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            coordinatorId = await db.Users.Where(u => u.Email == coordinatorEmail).Select(u => u.Id).SingleAsync(ct);
            var chair = await db.Users.SingleAsync(u => u.Email == chairEmail, ct);
            chair.DisplayName = "Synthetic Panel Chair";
            var partnership = await db.Partnerships.SingleAsync(p => p.Name == AppFactory.Partnership, ct);
            Review New(string reference, int notifiedDay) => new()
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnership.Id,
                Reference = reference,
                CreatedByUserId = "test",
                DateOfDeath = new DateOnly(2026, 1, 5),
                DateNotified = new DateOnly(2026, 1, notifiedDay),
            };
            var full = New("WT DHR1", 20);
            var bare = New("WT DHR2", 10);
            var victim = new Victim { Id = Guid.NewGuid(), ReviewId = full.Id, Pseudonym = "Adult Kestrel", AgeAtDeath = 34 };
            var perpetrator = new Perpetrator { Id = Guid.NewGuid(), ReviewId = full.Id, Pseudonym = "Adult Heron" };
            db.Reviews.AddRange(full, bare);
            db.Victims.Add(victim);
            db.Perpetrators.Add(perpetrator);
            db.Relationships.Add(new Relationship
            {
                Id = Guid.NewGuid(),
                ReviewId = full.Id,
                VictimId = victim.Id,
                PerpetratorId = perpetrator.Id,
                Kind = RelationshipKind.Sibling,
            });
            db.PanelMemberships.Add(new PanelMembership { Id = Guid.NewGuid(), ReviewId = full.Id, UserId = chair.Id, Role = PanelRole.Chair });
            await db.SaveChangesAsync(ct);
        }

        Services.AddSingleton(new ReviewService(dbFactory, new CurrentUserLoader(new SignedIn(coordinatorId), dbFactory, new RequestOrigin()),
            factory.Services.GetRequiredService<IValidator<NewReviewInput>>(), factory.Clock));
        var auth = AddAuthorization();
        auth.SetAuthorized(coordinatorEmail);
        auth.SetPolicies(Policies.Coordinator);
        ComponentFactories.AddStub<ImportButton>();
        ComponentFactories.AddStub<ReviewListFilters>();

        var page = Render<ReviewList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count), TimeSpan.FromSeconds(10));
        var headings = page.FindAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        var cells = page.FindAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        string Cell(int row, string column) => cells[row][headings.IndexOf(column)];
        // Newest notification first: WT DHR1, then the bare WT DHR2.
        Assert.Equal(("WT DHR1", "Adult Kestrel", "Familial", "Synthetic Panel Chair", "No"),
            (Cell(0, "Reference"), Cell(0, "Victim"), Cell(0, "Category"), Cell(0, "Chair"), Cell(0, "Paused")));
        Assert.Equal(("WT DHR2", "Not yet recorded", "Not yet known", "Not appointed", "No"),
            (Cell(1, "Reference"), Cell(1, "Victim"), Cell(1, "Category"), Cell(1, "Chair"), Cell(1, "Paused")));
    }

    private sealed class SignedIn(string userId) : IUserIdSource
    {
        public Task<string?> GetUserIdAsync() => Task.FromResult<string?>(userId);
    }
}
