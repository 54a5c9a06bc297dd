namespace DhrTracker.Core.Reviews;

/// <summary>The address of a published report: optional, but when given a full web address a reader can follow.</summary>
public static class PublishedUrls
{
    /// <summary>Why the address cannot be stored, or null when it is empty or acceptable.</summary>
    public static string? Problem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (url.Trim().Length > ReviewLimits.Url)
        {
            return $"Address of the published report must be {ReviewLimits.Url} characters or fewer.";
        }

        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "Enter the full address of the published report, starting with https:// (for example https://www.example.gov.uk/dhr-report).";
    }
}
