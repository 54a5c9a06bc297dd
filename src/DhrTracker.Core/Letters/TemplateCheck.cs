using Fluid;

namespace DhrTracker.Core.Letters;

/// <summary>
/// A template read and checked: the placeholders it uses (and of those, the ones it tests in a condition: a
/// template that asks whether a fact is there has said what to write without it), and every problem in plain English. Usable only when <see cref="Problems"/> is empty.
/// </summary>
public sealed record TemplateCheck(IFluidTemplate? Template, IReadOnlyList<LetterPlaceholder> Used,
    IReadOnlySet<string> Tested, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0 && Template is not null;

    /// <summary>Placeholders whose value the letter cannot go without: those it uses and never tests.</summary>
    public IEnumerable<LetterPlaceholder> Required => Used.Where(p => !Tested.Contains(p.Path));
}
