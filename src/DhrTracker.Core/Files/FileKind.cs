namespace DhrTracker.Core.Files;

/// <summary>An allowed type: its extensions, the content type it is served as, and how to recognise its bytes.</summary>
public sealed record FileKind(string Name, IReadOnlyList<string> Extensions, string ContentType, byte[] Magic);
