namespace DhrTracker.Core.Files;

/// <summary>A file ready to send to an authorised user.</summary>
public sealed record FileContent(string FileName, string ContentType, byte[] Bytes);
