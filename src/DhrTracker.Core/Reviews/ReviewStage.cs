namespace DhrTracker.Core.Reviews;

/// <summary>
/// Where a review stands in the statutory process (DHR-PRIMER section 2, grouped as a coordinator
/// tracks them). Stored by name, so reordering or inserting a stage never changes stored data.
/// </summary>
public enum ReviewStage
{
    Notified,
    Scoping,
    Commissioning,
    InformationGathering,
    PanelAnalysis,
    Drafting,
    LocalSignOff,
    HomeOfficeQa,
    AwaitingPublication,
    ActionPlanMonitoring,
    Closed,
    NotProceeding,
}
