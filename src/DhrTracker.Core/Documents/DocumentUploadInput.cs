namespace DhrTracker.Core.Documents;

public sealed class DocumentUploadInput
{
    /// <summary>Set to add a new version of an existing document; null for a new document.</summary>
    public Guid? DocumentId { get; set; }

    public DocumentKind? Kind { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Bound by the form to show a "choose a file" error; the service checks the file itself.</summary>
    public string? FileName { get; set; }
}
