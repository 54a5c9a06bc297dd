namespace DhrTracker.Core.Documents;

public sealed record DocumentVersionItem(Guid Id, int Number, string FileName, long Length, DateTime UploadedUtc, string UploadedBy);
