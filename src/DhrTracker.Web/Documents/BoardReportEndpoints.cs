using DhrTracker.Core.BoardReports;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Documents;

/// <summary>The board report as a workbook. The Core service decides who may have it and audits the download.</summary>
public static class BoardReportEndpoints
{
    public const string Route = "/reports/board.xlsx";

    public static IEndpointRouteBuilder MapBoardReport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, DownloadAsync).RequireAuthorization(Policies.ActionPlans);
        return app;
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, BoardReportService reports, AuthenticationStateProvider authState, CancellationToken ct)
    {
        authState.TellCore(http);

        var result = await reports.ExportAsync(ct);
        return result.Succeeded
            ? Results.File(result.Value!.Bytes, result.Value.ContentType, result.Value.FileName)
            : Results.Problem(result.Errors[0].Message, statusCode: StatusCodes.Status403Forbidden);
    }
}
