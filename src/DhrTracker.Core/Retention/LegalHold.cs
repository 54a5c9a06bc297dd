namespace DhrTracker.Core.Retention;

/// <summary>A hold on a review: why, and since when. While one is set, retention never removes the review.</summary>
public sealed record LegalHold(string Reason, DateOnly Since)
{
    /// <summary>"Legal hold: Civil claim pending (since 26 Nov 2026)", as the review page and the retention report say it.</summary>
    public override string ToString() => $"Legal hold: {Reason} (since {UkDates.Format(Since)})";
}
