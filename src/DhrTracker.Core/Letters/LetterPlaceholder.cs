namespace DhrTracker.Core.Letters;

/// <summary>
/// One name a template may use, e.g. <c>review.chair</c>, what it stands for in words, and where its value comes from.
/// <see cref="PerAgency"/> placeholders exist only in letters written to one agency.
/// </summary>
public sealed record LetterPlaceholder(string Path, string Words, bool PerAgency, Func<LetterModel, string?> Value)
{
    public string Tag => $"{{{{ {Path} }}}}";
}
