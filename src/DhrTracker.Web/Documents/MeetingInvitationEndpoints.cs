using DhrTracker.Core.Panel;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Documents;

/// <summary>
/// A panel meeting's .ics invitation (ADR 0364): an authorised GET that asks the Core service, which checks
/// the review's access and audits the download, and sends the calendar file as an attachment.
/// </summary>
public static class MeetingInvitationEndpoints
{
    public const string Route = "/reviews/{reviewId:guid}/meetings/{meetingId:guid}.ics";

    public static string For(Guid reviewId, Guid meetingId) => $"/reviews/{reviewId}/meetings/{meetingId}.ics";

    public static IEndpointRouteBuilder MapMeetingInvitations(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, DownloadAsync).RequireAuthorization(Policies.CaseReader);
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid reviewId, Guid meetingId, HttpContext http, PanelMeetingService meetings,
        AuthenticationStateProvider authState, CancellationToken ct)
    {
        // Core reads the user through the authentication state provider, which outside a circuit must be told who is asking.
        if (authState is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
        }

        var file = await meetings.InvitationAsync(reviewId, meetingId, ct);
        return file is null ? Results.NotFound() : Results.File(file.Bytes, file.ContentType, file.FileName);
    }
}
