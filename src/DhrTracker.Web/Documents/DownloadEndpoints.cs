using DhrTracker.Core.Documents;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Documents;

/// <summary>
/// The only way a stored file leaves the server: an authorised GET that asks the Core service (which
/// checks the review's access and audits the download) and always sends the file as an attachment.
/// </summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(DownloadLink.DocumentRoute, DownloadDocumentAsync).RequireAuthorization(Policies.CaseReader);
        return app;
    }

    private static async Task<IResult> DownloadDocumentAsync(Guid versionId, HttpContext http, ReviewDocumentService documents,
        AuthenticationStateProvider authState, CancellationToken ct)
    {
        // Core reads the user through the authentication state provider, which outside a circuit must be told who is asking.
        if (authState is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
        }

        var file = await documents.DownloadAsync(versionId, ct);
        if (file is null)
        {
            return Results.NotFound();
        }

        // fileDownloadName makes the response "Content-Disposition: attachment", so the browser never renders it inline.
        return Results.File(file.Bytes, file.ContentType, file.FileName);
    }
}
