namespace DhrTracker.Web.Documents;

/// <summary>Addresses of the authorised download endpoint (<see cref="DownloadEndpoints"/>).</summary>
public static class DownloadLink
{
    public const string DocumentRoute = "/files/documents/{versionId:guid}";

    public static string For(Guid versionId) => $"/files/documents/{versionId}";

    public const string EvidenceRoute = "/files/evidence/{evidenceId:guid}";

    public static string ForEvidence(Guid evidenceId) => $"/files/evidence/{evidenceId}";
}
