using System.Net;
using DhrTracker.Core.Data;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Documents;

/// <summary>R18 / R3: files leave only through the authorised endpoint, as attachments, to people who may read the review.</summary>
public sealed class DownloadEndpointTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = "%PDF-1.7\nsynthetic\n%%EOF\n"u8.ToArray();

    private readonly AppFactory factory = new();
    private Guid onSatReview;
    private Guid onOtherReview;
    private string panelEmail = "";

    public async ValueTask InitializeAsync()
    {
        panelEmail = await factory.CreateUserAsync(Roles.PanelMember);
        await using var scope = factory.Services.CreateAsyncScope();
        var files = scope.ServiceProvider.GetRequiredService<FileStore>();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var panelUser = await db.Users.SingleAsync(u => u.Email == panelEmail);
        var sat = NewReview(panelUser.PartnershipId!.Value, "WT DHR1");
        var other = NewReview(panelUser.PartnershipId!.Value, "WT DHR2");
        db.Reviews.AddRange(sat, other);
        db.PanelMemberships.Add(new PanelMembership { Id = Guid.NewGuid(), ReviewId = sat.Id, UserId = panelUser.Id });
        onSatReview = await AddDocumentAsync(db, files, sat.Id);
        onOtherReview = await AddDocumentAsync(db, files, other.Id);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_panel_member_downloads_their_reviews_file_as_an_attachment()
    {
        var client = await SignedInAsync(panelEmail);

        var response = await client.GetAsync(DownloadLink.For(onSatReview), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("imr.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Another_reviews_file_and_an_unknown_id_are_both_not_found()
    {
        var client = await SignedInAsync(panelEmail);

        var other = await client.GetAsync(DownloadLink.For(onOtherReview), TestContext.Current.CancellationToken);
        var unknown = await client.GetAsync(DownloadLink.For(Guid.NewGuid()), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(unknown.Content.Headers.ContentType, other.Content.Headers.ContentType);
        Assert.DoesNotContain("synthetic", await other.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Anonymous_and_case_blind_roles_get_no_file()
    {
        var anonymous = await factory.NewClient().GetAsync(DownloadLink.For(onSatReview), TestContext.Current.CancellationToken);
        var agencyLead = await (await SignedInAsync(await factory.CreateUserAsync(Roles.AgencyLead)))
            .GetAsync(DownloadLink.For(onSatReview), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString());
        Assert.NotEqual(HttpStatusCode.OK, agencyLead.StatusCode);
        Assert.DoesNotContain("synthetic", await agencyLead.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private Task<HttpClient> SignedInAsync(string email) => factory.SignedInClientAsync(email);

    private static Review NewReview(int partnershipId, string reference) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = partnershipId,
        Reference = reference,
        DateOfDeath = new DateOnly(2026, 9, 1),
        DateNotified = new DateOnly(2026, 9, 3),
        CreatedByUserId = "test",
    };

    private static async Task<Guid> AddDocumentAsync(AppDbContext db, FileStore files, Guid reviewId)
    {
        var stored = await files.AddAsync(db, new FileUpload("imr.pdf", Pdf.Length, new MemoryStream(Pdf)), "test", "FileName");
        var document = new ReviewDocument { Id = Guid.NewGuid(), ReviewId = reviewId, Kind = DocumentKind.Imr, Title = "IMR" };
        var version = new DocumentVersion { Id = Guid.NewGuid(), DocumentId = document.Id, Number = 1, FileId = stored.Value!.Id };
        db.ReviewDocuments.Add(document);
        db.DocumentVersions.Add(version);
        return version.Id;
    }
}
