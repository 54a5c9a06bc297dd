using System.Net;
using DhrTracker.Core.Data;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Letters;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Letters;

/// <summary>
/// Letters from templates on the real host (Production, two-factor, ADR 0392): the "Write letters" page serves a Coordinator and
/// refuses every other role, the templates page serves an Administrator only, and a written letter leaves as a .docx attachment.
/// </summary>
public sealed class LetterAccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coordinator_gets_the_write_letters_page_and_every_other_role_does_not()
    {
        var coordinator = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Coordinator));
        var path = $"/reviews/{Guid.NewGuid()}/letters";

        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
        foreach (var role in new[] { Roles.PanelMember, Roles.Manager, Roles.AgencyLead, Roles.Administrator })
        {
            var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role));
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode != HttpStatusCode.OK, $"{role} got the write letters page");
        }

        var anonymous = await factory.NewClient().GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task Only_an_administrator_gets_the_letter_templates_page()
    {
        var admin = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Administrator));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/letters", TestContext.Current.CancellationToken)).StatusCode);
        foreach (var role in new[] { Roles.Coordinator, Roles.PanelMember, Roles.Manager, Roles.AgencyLead })
        {
            var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role));
            var response = await client.GetAsync("/admin/letters", TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode != HttpStatusCode.OK, $"{role} got the letter templates page");
        }
    }

    [Fact]
    public async Task A_written_letter_downloads_as_a_docx_attachment_for_a_coordinator_and_not_for_an_agency_lead()
    {
        var coordinatorEmail = await factory.CreateUserAsync(Roles.Coordinator);
        var versionId = await LetterOnANewReviewAsync(coordinatorEmail);
        var coordinator = await factory.SignedInClientAsync(coordinatorEmail);
        var agencyLead = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.AgencyLead));

        var response = await coordinator.GetAsync(DownloadLink.For(versionId), TestContext.Current.CancellationToken);
        var refused = await agencyLead.GetAsync(DownloadLink.For(versionId), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(LetterDocx.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Dear O'Brien & Sons \"Ltd\",",
            LetterDocx.Read(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    /// <summary>A letter's .docx stored as the service stores one (the service itself is tested on both databases).</summary>
    private async Task<Guid> LetterOnANewReviewAsync(string coordinatorEmail)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var coordinator = await db.Users.SingleAsync(u => u.Email == coordinatorEmail);
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = coordinator.PartnershipId!.Value,
            Reference = $"WL DHR{Random.Shared.Next(1000, 9999)}",
            DateOfDeath = new DateOnly(2026, 9, 1),
            DateNotified = new DateOnly(2026, 9, 3),
            CreatedByUserId = coordinator.Id,
        };
        db.Reviews.Add(review);
        var bytes = LetterDocx.Write("IMR request", ["Dear O'Brien & Sons \"Ltd\",", "", "Yours sincerely"]);
        var stored = await scope.ServiceProvider.GetRequiredService<FileStore>()
            .AddAsync(db, new FileUpload("WL-IMR-request.docx", bytes.Length, new MemoryStream(bytes)), coordinator.Id, "Kind");
        var document = new ReviewDocument { Id = Guid.NewGuid(), ReviewId = review.Id, Kind = DocumentKind.Letter, Title = "IMR request" };
        var version = new DocumentVersion { Id = Guid.NewGuid(), DocumentId = document.Id, Number = 1, FileId = stored.Value!.Id };
        db.ReviewDocuments.Add(document);
        db.DocumentVersions.Add(version);
        await db.SaveChangesAsync();
        return version.Id;
    }
}
