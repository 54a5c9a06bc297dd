namespace DhrTracker.Core.Reviews;

/// <summary>
/// The moves a coordinator makes between stages. <see cref="ReviewStageMachine"/> says where each
/// one is allowed, what it needs and where it leads.
/// </summary>
public enum ReviewMove
{
    StartScoping,
    RecordDecision,
    AgreeTermsOfReference,
    StartPanelAnalysis,
    StartDrafting,
    SendForLocalSignOff,
    SubmitToHomeOffice,
    RecordQaOutcome,
    Publish,

    /// <summary>An agreed decision not to publish: the other ending of the publication step.</summary>
    AgreeNonPublication,
    Close,

    /// <summary>Undo a move made in error; always needs a note saying why.</summary>
    StepBack,

    /// <summary>Reopens a decision not to hold (Home Office challenge, new facts): the one move out of an ended review.</summary>
    ReconsiderDecision,
}
