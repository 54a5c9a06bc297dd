using System.Net;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Documents;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Learning;

/// <summary>
/// The briefing's downloads on the Production host (2FA): Coordinators and Managers get the file as an
/// attachment for the period in the address; everyone else gets nothing; a bad date is named in words.
/// </summary>
public sealed class BriefingDownloadTests : IAsyncLifetime
{
    private const string Pseudonym = "Synthetic Pseudonym Wren";

    private readonly AppFactory factory = new();
    private string coordinatorEmail = "";

    public async ValueTask InitializeAsync()
    {
        coordinatorEmail = await factory.CreateUserAsync(Roles.Coordinator);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var coordinator = await db.Users.SingleAsync(u => u.Email == coordinatorEmail);
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = coordinator.PartnershipId!.Value,
            Reference = "WT DHR11",
            DateOfDeath = new DateOnly(2025, 6, 1),
            DateNotified = new DateOnly(2025, 6, 10),
            Decision = ReviewDecision.Hold,
            DecisionDate = new DateOnly(2025, 7, 1),
            CreatedByUserId = coordinator.Id,
        };
        db.Reviews.Add(review);
        db.Victims.Add(new Victim { Id = Guid.NewGuid(), ReviewId = review.Id, Pseudonym = Pseudonym, AgeAtDeath = 40 });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData(BriefingFormat.Html, "text/html", "briefing-2025-04-01-to-2026-03-31.html")]
    [InlineData(BriefingFormat.Md, "text/markdown", "briefing-2025-04-01-to-2026-03-31.md")]
    [InlineData(BriefingFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "briefing-2025-04-01-to-2026-03-31.docx")]
    public async Task A_coordinator_gets_the_briefing_for_the_period_as_an_attachment(BriefingFormat format, string contentType, string fileName)
    {
        var client = await factory.SignedInClientAsync(coordinatorEmail);

        var response = await client.GetAsync(BriefingEndpoints.Link(format, new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var text = format == BriefingFormat.Docx ? DocxText(bytes) : System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("Reviews notified 1 Apr 2025 to 31 Mar 2026", text);
        Assert.Contains("There has been 1 Domestic Homicide Review in Web Test Partnership involving the death of 1 victim.", text);
        Assert.DoesNotContain(Pseudonym, text);
        Assert.DoesNotContain("WT DHR11", text);
    }

    [Fact]
    public async Task A_manager_gets_it_too_and_each_download_is_audited()
    {
        var manager = await factory.CreateUserAsync(Roles.Manager);
        var client = await factory.SignedInClientAsync(manager);

        var response = await client.GetAsync(BriefingEndpoints.Link(BriefingFormat.Md, null, null), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("# 7-minute briefing: Domestic Homicide Reviews", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await factory.AuditCountAsync(manager, "View"));
    }

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in()
    {
        var response = await factory.NewClient().GetAsync(BriefingEndpoints.Link(BriefingFormat.Html, null, null), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData(Roles.PanelMember, null)]
    [InlineData(Roles.AgencyLead, "Police")]
    [InlineData(Roles.Administrator, null)]
    public async Task Other_roles_get_no_briefing(string role, string? agency)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role, agency));

        var response = await client.GetAsync(BriefingEndpoints.Link(BriefingFormat.Html, null, null), TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location?.ToString() ?? "");
        Assert.DoesNotContain("7-minute briefing", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("?from=01/04/2025", "The start of the period (from) must be a date written YYYY-MM-DD, for example 2026-04-01.")]
    [InlineData("?to=2026-02-30", "The end of the period (to) must be a date written YYYY-MM-DD, for example 2026-04-01.")]
    [InlineData("?from=2026-04-01&to=2026-03-31", BriefingService.EndBeforeStart)]
    public async Task A_bad_period_is_refused_in_words(string query, string message)
    {
        var client = await factory.SignedInClientAsync(coordinatorEmail);

        var response = await client.GetAsync("/learning/briefing/download/docx" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unknown_format_is_not_found()
    {
        var client = await factory.SignedInClientAsync(coordinatorEmail);

        var response = await client.GetAsync("/learning/briefing/download/pdf", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string DocxText(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
