using System.Globalization;
using System.Text;
using System.Text.Json;
using DhrTracker.Core.National;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// The briefing as <c>dhr briefing --format json</c> prints it: the stable contract of issue 12 for other tools,
/// with a few added fields (ADR 0320). Counts are exact here, whatever the small-number threshold: the JSON is for
/// tools, which apply the threshold (given as <c>smallNumberThreshold</c>) when they publish.
/// </summary>
public static class BriefingJson
{
    public static string Write(BriefingReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("partnership", report.Partnership);
            json.WriteString("area", report.Area);
            json.WriteString("reviewType", report.ReviewTypeName);
            WriteDate(json, "from", report.From);
            WriteDate(json, "to", report.To);
            WriteDate(json, "writtenOn", report.WrittenOn);
            WriteNumber(json, "smallNumberThreshold", report.SmallNumberThreshold);
            json.WriteNumber("reviews", report.Reviews);
            json.WriteNumber("victims", report.Victims);
            json.WriteStartObject("reviewsByCategory");
            json.WriteNumber("partner", report.PartnerReviews);
            json.WriteNumber("familial", report.FamilialReviews);
            json.WriteNumber("household", report.HouseholdReviews);
            json.WriteNumber("other", report.OtherReviews);
            json.WriteEndObject();
            json.WriteNumber("reviewsWithChildrenInHousehold", report.ReviewsWithChildrenInHousehold);
            json.WriteStartArray("themes");
            foreach (var theme in report.Themes)
            {
                json.WriteStartObject();
                json.WriteString("theme", theme.Theme);
                json.WriteNumber("reviews", theme.Reviews);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("goodPracticeFindings", report.GoodPracticeFindings);
            json.WriteStartObject("actions");
            json.WriteNumber("total", report.Actions.Total);
            json.WriteNumber("complete", report.Actions.Complete);
            json.WriteNumber("overdue", report.Actions.Overdue);
            json.WriteEndObject();
            WriteNational(json, report.National);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteNational(Utf8JsonWriter json, NationalSummary? national)
    {
        if (national is null)
        {
            json.WriteNull("national");
            return;
        }

        json.WriteStartObject("national");
        json.WriteNumber("incidents", national.Incidents);
        WriteNumber(json, "partnerPercent", national.PartnerPercent);
        WriteNumber(json, "familialPercent", national.FamilialPercent);
        WriteNumber(json, "childrenPresentPercent", national.ChildrenPresentPercent);
        WriteNumber(json, "coerciveControlPercent", national.CoerciveControlPercent);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
