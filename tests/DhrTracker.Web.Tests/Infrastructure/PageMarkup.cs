using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DhrTracker.Web.Tests.Infrastructure;

/// <summary>Structural accessibility checks on a page as the server sends it: landmarks and list nesting.</summary>
public static class PageMarkup
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Each way a list is nested invalidly: an item outside a list, a list directly in a list or in a paragraph.</summary>
    public static IReadOnlyList<string> ListProblems(IDocument page) =>
    [
        .. page.QuerySelectorAll("li").Where(li => li.ParentElement?.LocalName is not ("ul" or "ol" or "menu"))
            .Select(li => $"<li> inside <{li.ParentElement?.LocalName}>: {li.TextContent.Trim()}"),
        .. page.QuerySelectorAll("ul, ol").Where(list => list.ParentElement?.LocalName is "ul" or "ol" or "p")
            .Select(list => $"<{list.LocalName}> directly inside <{list.ParentElement!.LocalName}>"),
        .. page.QuerySelectorAll("ul > *, ol > *").Where(child => child.LocalName is not ("li" or "script" or "template"))
            .Select(child => $"<{child.LocalName}> directly inside a list"),
    ];
}
