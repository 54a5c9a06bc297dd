namespace DhrTracker.Core.Agencies;

public sealed class ReviewAgencyInput
{
    /// <summary>The version the user loaded; null when adding.</summary>
    public Guid? Version { get; set; }

    public int? AgencyId { get; set; }
    public bool ContactWithVictim { get; set; }
    public bool ContactWithPerpetrator { get; set; }
    public bool ContactWithChildren { get; set; }
    public DateOnly? ImrRequested { get; set; }
    public DateOnly? ImrDue { get; set; }
    public DateOnly? ImrReceived { get; set; }
    public DateOnly? ChronologyRequested { get; set; }
    public DateOnly? ChronologyDue { get; set; }
    public DateOnly? ChronologyReceived { get; set; }
    public DateOnly? SummaryRequested { get; set; }
    public DateOnly? SummaryDue { get; set; }
    public DateOnly? SummaryReceived { get; set; }
}
