namespace DhrTracker.Core.Actions;

public sealed record EvidenceItem(Guid Id, string Description, string FileName, long Length, DateTime UploadedUtc);
