using System.Globalization;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Documents;

/// <summary>
/// The 7-minute briefing as a file (HTML, Markdown or Word), for the period in the address. BriefingService
/// writes it as the signed-in user, so it checks access and audits exactly as the page does.
/// </summary>
public static class BriefingEndpoints
{
    public const string Route = "/learning/briefing/download/{format}";

    public static string Link(BriefingFormat format, DateOnly? from, DateOnly? to)
    {
        var query = string.Join('&', new[] { ("from", from), ("to", to) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={p.Item2!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        return $"/learning/briefing/download/{format.ToString().ToLowerInvariant()}" + (query.Length == 0 ? "" : "?" + query);
    }

    public static IEndpointRouteBuilder MapBriefingDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, DownloadAsync).RequireAuthorization(Policies.Briefing);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string format, string? from, string? to, HttpContext http, BriefingService briefings,
        CurrentUserLoader currentUser, AuthenticationStateProvider authState, CancellationToken ct)
    {
        if (!Enum.TryParse<BriefingFormat>(format, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(format, out _))
        {
            return Results.NotFound();
        }

        List<FieldError> errors = [];
        var start = ParseDate(from, "from", "start", errors);
        var end = ParseDate(to, "to", "end", errors);
        if (errors.Count > 0)
        {
            return BadRequest(errors);
        }

        authState.TellCore(http);

        var user = await currentUser.GetAsync(ct);
        var result = await briefings.WriteAsync(new BriefingRequest(user.PartnershipId ?? 0, start, end), ct);
        if (!result.Succeeded)
        {
            // The policy already let only Coordinators and Managers in; a refusal left is the period or the partnership.
            return result.Errors.Any(e => e.Field == "") ? Results.StatusCode(StatusCodes.Status403Forbidden) : BadRequest(result.Errors);
        }

        var file = BriefingDownload.Render(result.Value!, kind);
        return Results.File(file.Bytes, file.ContentType, file.FileName);
    }

    private static DateOnly? ParseDate(string? text, string field, string end, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new(field, $"The {end} of the period ({field}) must be a date written YYYY-MM-DD, for example 2026-04-01."));
        return null;
    }

    private static IResult BadRequest(IEnumerable<FieldError> errors) =>
        Results.Text(string.Join(Environment.NewLine, errors.Select(e => e.Message)), "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status400BadRequest);
}
