using System.Net;
using System.Text;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Import;
using DhrTracker.Web.Documents;

namespace DhrTracker.Web.Tests.Reviews;

/// <summary>
/// Issue 11 on the real host (Production, two-factor): the templates download for a Coordinator and for
/// nobody else, and the import page and its button are offered only to those who may import.
/// </summary>
public sealed class ImportAccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(ImportKind.Reviews, "dhr-import-reviews.csv", "reference,date_of_death,date_notified,decision,decision_date")]
    [InlineData(ImportKind.Actions, "dhr-import-action-plans.csv", "reference,recommendation_number,recommendation,scope,action,owner_agency")]
    public async Task A_coordinator_downloads_each_template_as_an_attachment_headed_by_its_columns(ImportKind kind, string fileName, string headerStart)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Coordinator));

        var response = await client.GetAsync(ImportTemplateEndpoints.Link(kind), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(ImportTemplates.Csv(kind), bytes);
        var header = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split('\n')[0].TrimEnd('\r');
        Assert.StartsWith(headerStart, header);
        Assert.Equal(ImportTemplates.For(kind).Select(c => c.Name), header.Split(','));
    }

    [Fact]
    public async Task An_unknown_template_is_not_found()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Coordinator));

        var response = await client.GetAsync("/imports/templates/people.csv", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_requests_for_the_templates_and_the_page_are_sent_to_sign_in()
    {
        foreach (var path in new[] { ImportTemplateEndpoints.Link(ImportKind.Reviews), ImportTemplateEndpoints.Link(ImportKind.Actions), "/reviews/import" })
        {
            var response = await factory.NewClient().GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://dhrtracker.test/Account/Login", response.Headers.Location!.ToString());
        }
    }

    [Theory]
    [InlineData(Roles.PanelMember)]
    [InlineData(Roles.Manager)]
    public async Task Other_case_readers_get_no_template_no_import_page_and_no_import_button(string role)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role));

        var template = await client.GetAsync(ImportTemplateEndpoints.Link(ImportKind.Reviews), TestContext.Current.CancellationToken);
        var page = await client.GetAsync("/reviews/import", TestContext.Current.CancellationToken);
        var list = await client.GetStringAsync("/reviews", TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, template.StatusCode);
        Assert.DoesNotContain("date_of_death", await template.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/access-denied", page.Headers.Location?.ToString() ?? "");
        Assert.DoesNotContain("Import reviews or action plans", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Reviews", list);
        Assert.DoesNotContain("href=\"/reviews/import\"", list);
    }

    [Fact]
    public async Task A_coordinator_is_offered_the_import_button_and_the_page()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.Coordinator));

        var list = await client.GetStringAsync("/reviews", TestContext.Current.CancellationToken);
        var page = await client.GetStringAsync("/reviews/import", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/reviews/import\"", list);
        Assert.Contains("Import reviews or action plans", page);
        Assert.Contains(ImportTemplateEndpoints.Link(ImportKind.Reviews), page);
        Assert.Contains("victim_pseudonym", page);
    }
}
