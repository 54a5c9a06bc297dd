namespace DhrTracker.Core.Letters;

/// <summary>One kind of letter on the templates page: the text in use, whether it is still the shipped one, and the placeholders it may use.</summary>
public sealed record LetterTemplateItem(LetterKind Kind, string Text, bool IsShipped, Guid? Version, IReadOnlyList<LetterPlaceholder> Placeholders)
{
    public string Name => Kind.Display();
}
