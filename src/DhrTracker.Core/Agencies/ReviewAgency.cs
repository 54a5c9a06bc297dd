namespace DhrTracker.Core.Agencies;

/// <summary>
/// One agency's part in one review: whom it had contact with and the three submissions a panel
/// asks for (IMR, chronology, summary report), each requested, due and received.
/// </summary>
public sealed class ReviewAgency : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }

    public bool ContactWithVictim { get; set; }
    public bool ContactWithPerpetrator { get; set; }
    public bool ContactWithChildren { get; set; }

    /// <summary>The scoping return: did the agency have contact, and what (DHR-PRIMER section 2, stage 2).</summary>
    public DateOnly? ScopingRequested { get; set; }

    public DateOnly? ScopingDue { get; set; }
    public DateOnly? ScopingReceived { get; set; }

    public DateOnly? ImrRequested { get; set; }
    public DateOnly? ImrDue { get; set; }
    public DateOnly? ImrReceived { get; set; }
    public DateOnly? ChronologyRequested { get; set; }
    public DateOnly? ChronologyDue { get; set; }
    public DateOnly? ChronologyReceived { get; set; }
    public DateOnly? SummaryRequested { get; set; }
    public DateOnly? SummaryDue { get; set; }
    public DateOnly? SummaryReceived { get; set; }

    public List<SubmissionChase> Chases { get; set; } = [];

    public Guid Version { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
