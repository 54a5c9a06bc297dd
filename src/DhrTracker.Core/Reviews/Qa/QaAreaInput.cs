namespace DhrTracker.Core.Reviews.Qa;

/// <summary>An area for final development as the QA letter words it: its number, its text and the letter's date.</summary>
public sealed class QaAreaInput
{
    /// <summary>The version the user saw (null when adding).</summary>
    public Guid? Version { get; set; }

    public int Number { get; set; } = 1;
    public string? Text { get; set; }

    /// <summary>Date of the QA letter that raised it.</summary>
    public DateOnly? RaisedOn { get; set; }
}
