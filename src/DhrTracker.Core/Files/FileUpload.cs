namespace DhrTracker.Core.Files;

/// <summary>A file as the browser offers it: the name and size it claims, and a stream to read it from.</summary>
public sealed record FileUpload(string FileName, long Size, Stream Content);
