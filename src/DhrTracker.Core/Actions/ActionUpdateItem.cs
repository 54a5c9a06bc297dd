namespace DhrTracker.Core.Actions;

public sealed record ActionUpdateItem(DateOnly Date, string Text, string By);
