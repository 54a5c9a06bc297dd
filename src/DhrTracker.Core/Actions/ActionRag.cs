namespace DhrTracker.Core.Actions;

/// <summary>The owner's own red / amber / green judgement of delivery, as published action plans show it.</summary>
public enum ActionRag
{
    Green,
    Amber,
    Red,
}
