using System.Net;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Admin;

/// <summary>
/// R15 / R17: the audit trail's CSV export and search page. An Administrator gets the metadata and never
/// a changed value; every other role is refused; the export is itself on the trail.
/// </summary>
public sealed class AuditExportTests : IAsyncLifetime
{
    private const string CaseText = "Synthetic finding text no administrator may read";

    private readonly AppFactory factory = new();
    private string adminEmail = "";
    private string coordinatorEmail = "";

    public async ValueTask InitializeAsync()
    {
        adminEmail = await factory.CreateUserAsync(Roles.Administrator);
        coordinatorEmail = await factory.CreateUserAsync(Roles.Coordinator);
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var coordinator = await db.Users.SingleAsync(u => u.Email == coordinatorEmail);
        var review = new Review
        {
            Id = Guid.NewGuid(),
            PartnershipId = coordinator.PartnershipId!.Value,
            Reference = "WT DHR7",
            DateOfDeath = new DateOnly(2026, 9, 1),
            DateNotified = new DateOnly(2026, 9, 3),
            CreatedByUserId = coordinator.Id,
        };
        db.Reviews.Add(review);
        var who = new CurrentUser(coordinator.Id, coordinator.DisplayName, new HashSet<string> { Roles.Coordinator }, coordinator.PartnershipId);
        db.Record(TimeProvider.System, who, AuditActions.Update, "Finding", "finding-1", detail: "Narrative", reviewId: review.Id,
            changes: $$"""{"Narrative":["Earlier text","{{CaseText}}"]}""");
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_administrator_downloads_the_trail_as_csv_without_case_values_and_the_export_is_audited()
    {
        var client = await factory.SignedInClientAsync(adminEmail);

        var response = await client.GetAsync(AuditExportEndpoint.Link(new AuditSearch { ReviewReference = "WT DHR7" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Changed finding", csv, StringComparison.Ordinal);
        Assert.Contains("WT DHR7", csv, StringComparison.Ordinal);
        Assert.Contains(coordinatorEmail, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseText, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Earlier text", csv, StringComparison.Ordinal);
        Assert.Equal(1, await factory.AuditCountAsync(adminEmail, "Export"));
    }

    [Fact]
    public async Task A_bad_filter_in_the_address_is_named_in_words()
    {
        var client = await factory.SignedInClientAsync(adminEmail);

        var response = await client.GetAsync(AuditExportEndpoint.Route + "?from=2026-11-20&to=2026-11-19", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("End date must be the same as or after the start date", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.PanelMember)]
    [InlineData(Roles.AgencyLead)]
    public async Task Other_roles_get_neither_the_export_nor_the_search_page(string role)
    {
        var email = role == Roles.Coordinator ? coordinatorEmail : await factory.CreateUserAsync(role, role == Roles.AgencyLead ? "Police" : null);
        var client = await factory.SignedInClientAsync(email);

        var export = await client.GetAsync(AuditExportEndpoint.Route, TestContext.Current.CancellationToken);
        var page = await client.GetAsync("/admin/audit", TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(CaseText, await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain("Changed finding", await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_offers_the_filters_and_a_csv_link_that_keeps_them()
    {
        var client = await factory.SignedInClientAsync(adminEmail);

        var html = await client.GetStringAsync("/admin/audit?reference=WT%20DHR7&outcome=Denied", TestContext.Current.CancellationToken);

        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Audit trail", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/exports/audit.csv?reference=WT%20DHR7&amp;outcome=Denied\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseText, html, StringComparison.Ordinal);
    }
}
