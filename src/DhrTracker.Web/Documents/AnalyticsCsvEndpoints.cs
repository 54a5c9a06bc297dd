using System.Globalization;
using DhrTracker.Core.Analytics;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Documents;

/// <summary>
/// Each analytics chart's numbers as CSV, for the period in the address. The Core service decides which
/// reviews the signed-in user may count (a panel member only those they sit on) and audits the request.
/// </summary>
public static class AnalyticsCsvEndpoints
{
    public const string Route = "/learning/analytics/{series}.csv";

    /// <summary>The address's way of asking for suicide as its own category (<see cref="AnalyticsQuery.SuicideSeparate"/>), shared with the page.</summary>
    public const string SuicideParameter = "suicide";
    public const string SuicideSeparate = "separate";

    public static string Link(string series, AnalyticsQuery period)
    {
        var parts = new List<string>();
        if (period.From is { } from)
        {
            parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (period.To is { } to)
        {
            parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (period.SuicideSeparate)
        {
            parts.Add(SuicideParameter + "=" + SuicideSeparate);
        }

        return $"/learning/analytics/{series}.csv" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }

    public static IEndpointRouteBuilder MapAnalyticsCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, DownloadAsync).RequireAuthorization(Policies.Learning);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string series, string? from, string? to, string? suicide, HttpContext http,
        AnalyticsService analytics, AuthenticationStateProvider authState, CancellationToken ct)
    {
        if (!SeriesKeys.All.Contains(series))
        {
            return Results.NotFound();
        }

        if (!TryDate(from, out var start) || !TryDate(to, out var end))
        {
            return Results.BadRequest("Dates must be written as YYYY-MM-DD, for example 2025-04-01.");
        }

        authState.TellCore(http);

        var period = new AnalyticsQuery { From = start, To = end, SuicideSeparate = suicide == SuicideSeparate };
        var result = await analytics.GetAsync(period, ct);
        if (!result.Succeeded)
        {
            // A refusal of the user (not of the period) names no field: that one is forbidden, the other a bad request.
            return result.Errors.All(e => e.Field == "") ? Results.Forbid() : Results.BadRequest(string.Join(" ", result.Errors.Select(e => e.Message)));
        }

        var chosen = result.Value![series];
        return Results.File(AnalyticsCsv.Write(chosen), "text/csv", AnalyticsCsv.FileName(chosen, period));
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }
}
