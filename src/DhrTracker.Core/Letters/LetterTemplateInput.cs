namespace DhrTracker.Core.Letters;

/// <summary>An Administrator's text for one kind of letter. <see cref="Version"/> is the saved template's, null when none was saved yet.</summary>
public sealed class LetterTemplateInput
{
    public LetterKind Kind { get; set; }
    public string Text { get; set; } = "";
    public Guid? Version { get; set; }
}
