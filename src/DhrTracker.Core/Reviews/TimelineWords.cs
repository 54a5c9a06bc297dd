namespace DhrTracker.Core.Reviews;

/// <summary>How a timeline entry reads, on the Timeline tab and in the printed review alike.</summary>
public static class TimelineWords
{
    /// <summary>A change to one of the review's records is a single line (ADR 0386): its note is its title.</summary>
    public static bool IsOneLine(ReviewEventKind kind) => kind is ReviewEventKind.People or ReviewEventKind.Agencies
        or ReviewEventKind.Panel or ReviewEventKind.Documents or ReviewEventKind.Findings or ReviewEventKind.Plan
        or ReviewEventKind.Family;

    public static string Title(TimelineEntry e) => e.Kind switch
    {
        _ when IsOneLine(e.Kind) => e.Note ?? "",
        ReviewEventKind.Created => "Review logged (Notified)",
        ReviewEventKind.Paused => $"Paused: {e.PauseReason?.Display()}",
        ReviewEventKind.Resumed => $"Resumed after pause ({e.PauseReason?.Display()})",
        ReviewEventKind.TimetableRevised => "Revised timetable agreed",
        ReviewEventKind.AgencyRequest => "Agency request",
        ReviewEventKind.PanelMeeting => "Panel meeting",
        ReviewEventKind.QaAreaAdded => "Area for final development added (QA letter)",
        ReviewEventKind.QaAreaChanged => "Area for final development changed",
        ReviewEventKind.QaAreaDone => "Area for final development done",
        ReviewEventKind.QaAreaReopened => "Area for final development reopened",
        _ when e.Move is { } move => $"{ReviewStageMachine.For(move).Label}: {e.FromStage?.Display()} → {e.ToStage?.Display()}",
        _ => $"{e.FromStage?.Display()} → {e.ToStage?.Display()}",
    };

    /// <summary>"Effective 3 Mar 2026. Entered 4 Mar 2026 10:15 by …": when it took effect and who wrote it down.</summary>
    public static string Entered(TimelineEntry e) =>
        (e.EffectiveDate is { } effective ? $"Effective {UkDates.Format(effective)}. " : "") + $"Entered {UkDates.FormatUtc(e.AtUtc)} by {e.UserName}";

    /// <summary>The entry's note where it adds to the title (a one-line change has said it already).</summary>
    public static string? Note(TimelineEntry e) => IsOneLine(e.Kind) ? null : e.Note;
}
