using DhrTracker.Core.Audit;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Documents;

/// <summary>
/// The audit trail's metadata as CSV, with the filters of <c>/admin/audit</c> read from the address. The
/// Core reader refuses anyone but an Administrator, scopes the rows, audits the export and streams it.
/// </summary>
public static class AuditExportEndpoint
{
    public const string Route = "/exports/audit.csv";

    public static string Link(AuditSearch search) => Route + AuditAddress.Query(search);

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, ExportAsync).RequireAuthorization(Policies.Administration);
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, AuditReader reader, AuthenticationStateProvider authState, CancellationToken ct)
    {
        authState.TellCore(http);

        var result = await reader.ExportCsvAsync(AuditAddress.Parse(key => http.Request.Query[key].FirstOrDefault()), ct);
        if (!result.Succeeded)
        {
            // A hand-edited address: say which filter is wrong, in words, rather than an empty file.
            return Results.Text(string.Join(Environment.NewLine, result.Errors.Select(e => e.Message)), "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var export = result.Value!;
        return Results.Stream(stream => export.WriteAsync(stream, ct), AuditExport.ContentType, export.FileName);
    }
}
