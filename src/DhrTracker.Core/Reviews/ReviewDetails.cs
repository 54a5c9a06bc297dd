using DhrTracker.Core.Panel;
using DhrTracker.Core.Retention;

namespace DhrTracker.Core.Reviews;

/// <summary>Everything the review page shows: the record, its clocks on today's UK date, and what the user may do next.</summary>
public sealed record ReviewDetails(
    Guid Id,
    string PartnershipName,
    ReviewStage Stage,
    DateTime CreatedUtc,
    ReviewRecordInput Record,
    ClockReading Clock,
    IReadOnlyList<PausePeriod> Pauses,
    IReadOnlyList<ParallelProceedingView> Proceedings,
    IReadOnlyList<StageTransition> AvailableMoves,
    bool CanChange,
    bool CanReadAudit = false)
{
    public string Reference => Record.Reference;
    public Guid Version => Record.Version;
    public bool IsEnded => ReviewStageMachine.IsEnded(Stage);
    public PausePeriod? OpenPause => Pauses.FirstOrDefault(p => p.End is null);

    /// <summary>The legal hold that keeps this review from retention, or null (ADR 0305).</summary>
    public LegalHold? LegalHold { get; init; }

    /// <summary>What this review is called: a DARDR by its statutory name, a DHR by the partnership's setting.</summary>
    public ReviewTypeName TypeName { get; init; } = new("Domestic Homicide Review", "DHR");

    /// <summary>
    /// For a DARDR awaiting its decision, why the Domestic Abuse Act 2021 test fails (empty when it passes),
    /// so the decision form can say so before the coordinator submits; null when the test does not apply.
    /// </summary>
    public IReadOnlyList<FieldError>? ScopeTestFailures { get; init; }

    /// <summary>Whether the user may place or lift the hold (<see cref="Access.ReviewAccess.CanSetLegalHold"/>).</summary>
    public bool CanSetLegalHold { get; init; }

    /// <summary>Chair and author as the panel seats say (ADR 0385).</summary>
    public ReviewLeads Leads { get; init; } = new(null, null, null, null);

    /// <summary>The agreed revised timetable, or null; shown beside the statutory and pause-adjusted dates (ADR 0357).</summary>
    public AgreedTimetable? AgreedTimetable { get; init; }
}
