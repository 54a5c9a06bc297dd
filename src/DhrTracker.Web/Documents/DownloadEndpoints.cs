using DhrTracker.Core.Actions;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
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
        app.MapGet(DownloadLink.EvidenceRoute, DownloadEvidenceAsync).RequireAuthorization(Policies.ActionWork);
        return app;
    }

    private static async Task<IResult> DownloadDocumentAsync(Guid versionId, HttpContext http, ReviewDocumentService documents,
        AuthenticationStateProvider authState, CancellationToken ct)
    {
        authState.TellCore(http);
        return Send(await documents.DownloadAsync(versionId, ct));
    }

    private static async Task<IResult> DownloadEvidenceAsync(Guid evidenceId, HttpContext http, ActionProgressService progress,
        AuthenticationStateProvider authState, CancellationToken ct)
    {
        authState.TellCore(http);
        return Send(await progress.DownloadEvidenceAsync(evidenceId, ct));
    }


    // fileDownloadName makes the response "Content-Disposition: attachment", so the browser never renders it inline.
    private static IResult Send(FileContent? file) =>
        file is null ? Results.NotFound() : Results.File(file.Bytes, file.ContentType, file.FileName);
}
