namespace DhrTracker.Core.Agencies;

/// <summary>One submission of one agency on one review: asked for, due, chased, received.</summary>
public sealed record AgencyRequestRow(
    Guid ReviewId,
    string Reference,
    Guid ReviewAgencyId,
    string AgencyName,
    AgencyContact Contact,
    SubmissionKind Kind,
    DateOnly? Requested,
    DateOnly? Due,
    DateOnly? Received,
    IReadOnlyList<ChaseItem> Chases,
    Guid Version,
    DateOnly Today)
{
    public bool IsRequested => Requested is not null;

    /// <summary>Asked for and not yet in: what the partnership-wide list shows.</summary>
    public bool IsOutstanding => Requested is not null && Received is null;

    /// <summary>The same rule as <see cref="Submission.IsOverdueOn"/>: past its due date (UK calendar) and not received.</summary>
    public bool IsOverdue => new Submission(Kind, Requested, Due, Received).IsOverdueOn(Today);

    public int DaysOverdue => IsOverdue ? Today.DayNumber - Due!.Value.DayNumber : 0;

    public DateOnly? LastChased => Chases.Count == 0 ? null : Chases.Max(c => c.ChasedOn);
}

public sealed record ChaseItem(DateOnly ChasedOn, string? Note);
