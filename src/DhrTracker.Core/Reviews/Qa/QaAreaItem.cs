namespace DhrTracker.Core.Reviews.Qa;

/// <summary>One area for final development as the review page lists it.</summary>
public sealed record QaAreaItem(Guid Id, int Number, string Text, DateOnly RaisedOn, DateOnly? DoneOn, string? HowAddressed, Guid Version)
{
    public bool IsDone => DoneOn is not null;
}
