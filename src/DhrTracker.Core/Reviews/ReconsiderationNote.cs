namespace DhrTracker.Core.Reviews;

/// <summary>
/// The timeline line of a reopened decision. Reconsidering clears the decision from the record, so the
/// earlier decision is kept here in words: what it was, when, when the Home Office was told, and why.
/// </summary>
public static class ReconsiderationNote
{
    public static string For(Review before, StageMoveInput input)
    {
        var told = before.HomeOfficeNotifiedDate is { } t ? $"; Home Office told {UkDates.Format(t)}" : "";
        var directed = input.DirectedBySecretaryOfState ? " Directed by the Secretary of State (DVCVA 2004 s.9(2))." : "";
        var note = string.IsNullOrWhiteSpace(input.Note) ? "" : $" {input.Note.Trim()}";
        var text = $"Reason for reconsidering: {input.ReconsiderationReason?.Trim()}.{directed}{note} "
            + $"Earlier decision: {before.Decision.Display().ToLowerInvariant()} ({UkDates.Format(before.DecisionDate)}{told}). "
            + $"Rationale then: {before.DecisionRationale}";
        return text.Length <= ReviewLimits.LongText ? text : text[..(ReviewLimits.LongText - 1)] + "…";
    }
}
