using DhrTracker.Core.Import;
using DhrTracker.Web.Security;

namespace DhrTracker.Web.Documents;

/// <summary>
/// The two import templates (header and one synthetic example row) as CSV downloads for the import page.
/// They hold no case data, but only those who may import are offered them, as the page is.
/// </summary>
public static class ImportTemplateEndpoints
{
    public const string Route = "/imports/templates/{kind}.csv";

    public static string Link(ImportKind kind) => $"/imports/templates/{Slug(kind)}.csv";

    public static IEndpointRouteBuilder MapImportTemplates(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, Download).RequireAuthorization(Policies.Coordinator);
        return app;
    }

    private static IResult Download(string kind) =>
        Enum.GetValues<ImportKind>().Where(k => Slug(k) == kind).Select(k => (ImportKind?)k).SingleOrDefault() is { } found
            ? Results.File(ImportTemplates.Csv(found), "text/csv", ImportTemplates.FileName(found))
            : Results.NotFound();

    private static string Slug(ImportKind kind) => kind.ToString().ToLowerInvariant();
}
