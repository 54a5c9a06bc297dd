namespace DhrTracker.Core.Reviews;

/// <summary>One "area for final development" from a Home Office QA letter, tracked until it is done.</summary>
public sealed class QaDevelopmentArea : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>Its number in the QA letter (1, 2, 3...), unique within the review.</summary>
    public int Number { get; set; }

    public string Text { get; set; } = "";

    /// <summary>Date of the QA letter that raised it.</summary>
    public DateOnly RaisedOn { get; set; }

    public DateOnly? DoneOn { get; set; }

    /// <summary>How the report was changed to meet it.</summary>
    public string? HowAddressed { get; set; }

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
