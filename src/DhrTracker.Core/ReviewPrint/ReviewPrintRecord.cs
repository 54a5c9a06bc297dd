using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.ReviewPrint;

/// <summary>Each part of a review as its own tab loaded it for the reader, so the print shows exactly what the tabs show them.</summary>
public sealed record ReviewPrintRecord(
    ReviewDetails Review,
    ReviewPeople People,
    ReviewAgenciesView Agencies,
    PanelView Panel,
    FindingsOfReview Findings,
    ActionPlanView Plan,
    IReadOnlyList<TimelineEntry> Timeline,
    string PrintedBy,
    DateTime PrintedUtc);
