using System.Net;
using DhrTracker.Core.Identity;
using DhrTracker.Web.Documents;
using MiniExcelLibs;

namespace DhrTracker.Web.Tests.Reports;

/// <summary>
/// Issue 12's board report on the real host (Production, two-factor): the page and its workbook for the
/// partnership's Coordinators and Managers, and for nobody else.
/// </summary>
public sealed class BoardReportAccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Page = "/reports/board";

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Manager)]
    public async Task Coordinators_and_managers_get_the_page_and_the_workbook(string role)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role));

        var page = await client.GetStringAsync(Page, TestContext.Current.CancellationToken);
        var file = await client.GetAsync(BoardReportEndpoints.Route, TestContext.Current.CancellationToken);

        Assert.Contains("<h1", page);
        Assert.Contains("Open reviews", page);
        Assert.Contains("Action plans by agency", page);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("board-report-", file.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await file.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["Open reviews", "Actions by agency", "Overdue actions"], MiniExcel.GetSheetNames(workbook));
    }

    [Theory]
    [InlineData(Roles.PanelMember)]
    [InlineData(Roles.AgencyLead)]
    [InlineData(Roles.Administrator)]
    public async Task Everyone_else_is_refused_the_page_and_the_workbook(string role)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(role));

        foreach (var path in new[] { Page, BoardReportEndpoints.Route })
        {
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("/access-denied", response.Headers.Location?.ToString() ?? "");
        }
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in()
    {
        foreach (var path in new[] { Page, BoardReportEndpoints.Route })
        {
            var response = await factory.NewClient().GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://dhrtracker.test/Account/Login", response.Headers.Location!.ToString());
        }
    }
}
