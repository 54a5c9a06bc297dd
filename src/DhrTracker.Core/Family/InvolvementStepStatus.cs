namespace DhrTracker.Core.Family;

/// <summary>One step of the family's involvement on the review page: done, not yet or declined, with the date it last happened.</summary>
public sealed record InvolvementStepStatus(string Step, InvolvementState State, DateOnly? On);
