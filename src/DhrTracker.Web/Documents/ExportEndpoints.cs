using DhrTracker.Core.Actions;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Documents;

/// <summary>
/// Action plan exports as downloads: the same filters as the grid, read from the address. The Core
/// service decides which actions the user may see (a lead gets only their agency's) and audits the export.
/// </summary>
public static class ExportEndpoints
{
    public const string Route = "/exports/actions.{format}";

    public static string Link(string format, ActionQuery q)
    {
        var parts = new List<string>();
        void Add(string key, object? value)
        {
            if (value is not null and not false)
            {
                parts.Add($"{key}={Uri.EscapeDataString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!.ToLowerInvariant())}");
            }
        }

        Add("agency", q.AgencyId);
        Add("status", q.Status);
        Add("rag", q.Rag);
        Add("review", q.ReviewId);
        Add("due", q.DueWithinDays);
        Add("overdue", q.OverdueOnly);
        Add("signoff", q.AwaitingSignOffOnly);
        Add("theme", q.ThemeId);
        return $"/exports/actions.{format}" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, ExportAsync).RequireAuthorization(Policies.ActionWork);
        app.MapAuditExport();
        app.MapBoardReport();
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, int? agency, string? status, string? rag, Guid? review, int? due,
        bool? overdue, bool? signoff, Guid? theme, HttpContext http, ActionExportService exports, AuthenticationStateProvider authState, CancellationToken ct)
    {
        if (!Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return Results.NotFound();
        }

        authState.TellCore(http);

        var query = new ActionQuery(agency, Parse<ActionStatus>(status), Parse<ActionRag>(rag), review, due, overdue == true, signoff == true, theme);
        var file = await exports.ExportAsync(query, kind, ct);
        return Results.File(file.Bytes, file.ContentType, file.FileName);
    }

    private static T? Parse<T>(string? text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}
