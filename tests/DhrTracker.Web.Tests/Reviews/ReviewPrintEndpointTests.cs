using System.Net;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Documents;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Reviews;

/// <summary>Issue 16 item 12: the printed review as Word, through the real host (Production, two-factor sign-in), read back with OpenXml.</summary>
public sealed class ReviewPrintEndpointTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Guid sat;
    private Guid other;
    private string panelEmail = "";

    public async ValueTask InitializeAsync()
    {
        panelEmail = await factory.CreateUserAsync(Roles.PanelMember);
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var panelUser = await db.Users.SingleAsync(u => u.Email == panelEmail);
        var satReview = NewReview(panelUser.PartnershipId!.Value, "WP DHR/4");
        var otherReview = NewReview(panelUser.PartnershipId!.Value, "WP DHR/5");
        (sat, other) = (satReview.Id, otherReview.Id);
        db.Reviews.AddRange(satReview, otherReview);
        db.PanelMemberships.Add(new PanelMembership { Id = Guid.NewGuid(), ReviewId = sat, UserId = panelUser.Id });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_panel_member_downloads_their_review_as_word_named_after_it()
    {
        var client = await factory.SignedInClientAsync(panelEmail);

        var response = await client.GetAsync(ReviewPrintEndpoints.DocxLink(sat), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("WP-DHR-4-review-", response.Content.Headers.ContentDisposition.FileNameStar);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("WP DHR/4: Domestic Homicide Review", text);
        Assert.Contains("Recommendations and actions", text);
        Assert.Equal(1, await factory.AuditCountAsync(panelEmail, "Download"));
    }

    [Fact]
    public async Task A_review_they_do_not_sit_on_an_unknown_id_and_an_agency_lead_get_no_file()
    {
        var client = await factory.SignedInClientAsync(panelEmail);
        var lead = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.AgencyLead));

        var notSat = await client.GetAsync(ReviewPrintEndpoints.DocxLink(other), TestContext.Current.CancellationToken);
        var unknown = await client.GetAsync(ReviewPrintEndpoints.DocxLink(Guid.NewGuid()), TestContext.Current.CancellationToken);
        var byLead = await lead.GetAsync(ReviewPrintEndpoints.DocxLink(sat), TestContext.Current.CancellationToken);
        var anonymous = await factory.NewClient().GetAsync(ReviewPrintEndpoints.DocxLink(sat), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (notSat.StatusCode, unknown.StatusCode));
        Assert.Contains("/access-denied", byLead.Headers.Location?.ToString() ?? "");
        Assert.Contains("/Account/Login", anonymous.Headers.Location?.ToString() ?? "");
    }

    private static Review NewReview(int partnershipId, string reference) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = partnershipId,
        Reference = reference,
        DateOfDeath = new DateOnly(2026, 9, 1),
        DateNotified = new DateOnly(2026, 9, 3),
        CreatedByUserId = "test",
    };
}
