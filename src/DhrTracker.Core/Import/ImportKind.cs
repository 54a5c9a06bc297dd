namespace DhrTracker.Core.Import;

/// <summary>The two templates a partnership brings its history in with (docs/import-template.md).</summary>
public enum ImportKind
{
    /// <summary>One row per victim; the review-level columns repeat on each row of the same reference.</summary>
    Reviews,

    /// <summary>One row per action of an existing review's action plan.</summary>
    Actions,
}
