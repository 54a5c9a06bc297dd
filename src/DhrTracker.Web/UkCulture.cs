using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace DhrTracker.Web;

/// <summary>
/// The app's one culture, en-GB (issue 16, ADR 0384). Request localisation with no culture providers never reads
/// Accept-Language, a cookie or the query string, so every request, and every circuit (which keeps the culture of
/// the request that opened it), formats dates and numbers the UK way; the Content-Language header says so.
/// </summary>
internal static class UkCulture
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static RequestLocalizationOptions Options() => new()
    {
        DefaultRequestCulture = new RequestCulture(Culture),
        SupportedCultures = [Culture],
        SupportedUICultures = [Culture],
        RequestCultureProviders = [],
        ApplyCurrentCultureToResponseHeaders = true,
    };
}
