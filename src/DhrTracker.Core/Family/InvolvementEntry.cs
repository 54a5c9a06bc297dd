namespace DhrTracker.Core.Family;

/// <summary>One dated line of the family involvement log: a contact, a meeting or a step, with whom, how and what came of it.</summary>
public sealed class InvolvementEntry : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid FamilyMemberId { get; set; }
    public InvolvementStep Step { get; set; }
    public DateOnly On { get; set; }
    public ContactRoute? Method { get; set; }

    /// <summary>The person chose not to take this step (e.g. not to meet the panel): the step is then "declined", not "not yet".</summary>
    public bool Declined { get; set; }

    /// <summary>What was agreed, the comments returned, the wishes given or the tribute itself.</summary>
    public string? Notes { get; set; }

    /// <summary>How the review answered the comments (for the draft's returned comments).</summary>
    public string? Response { get; set; }

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
