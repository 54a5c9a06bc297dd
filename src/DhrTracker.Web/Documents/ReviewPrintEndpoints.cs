using DhrTracker.Core.ReviewPrint;
using DhrTracker.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Documents;

/// <summary>The printed review as a Word document (ADR 0389). ReviewPrintService reads it as the signed-in user, so access and audit are the page's.</summary>
public static class ReviewPrintEndpoints
{
    public static string DocxLink(Guid reviewId) => $"/reviews/{reviewId}/print.docx";

    public static IEndpointRouteBuilder MapReviewPrint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reviews/{id:guid}/print.docx", DocxAsync).RequireAuthorization(Policies.CaseReader);
        return app;
    }

    private static async Task<IResult> DocxAsync(Guid id, HttpContext http, ReviewPrintService prints, AuthenticationStateProvider authState, CancellationToken ct)
    {
        authState.TellCore(http);
        return await prints.WriteAsync(id, ReviewPrintFormat.Docx, ct) is { File: { } file }
            ? Results.File(file.Bytes, file.ContentType, file.FileName)
            : Results.NotFound();
    }
}
