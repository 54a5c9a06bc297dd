using System.Linq.Expressions;

namespace DhrTracker.Core.Reviews;

/// <summary>
/// The list's filters as SQL-translatable predicates. The dashboard counts with the same ones, so a
/// number on the dashboard always equals the length of the list it links to.
/// </summary>
public static class ReviewFilters
{
    /// <summary>
    /// The partnership's own overdue task, not a wait: a decision (hold or not) was made and the Home Office
    /// has not been told of it (ADR 0356).
    /// </summary>
    public static readonly Expression<Func<Review, bool>> HomeOfficeNotTold = r =>
        r.Decision != ReviewDecision.Pending && r.HomeOfficeNotifiedDate == null
        && r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding;

    /// <summary>Told and waiting: the report is with Home Office QA and no outcome has come back (an outcome moves the review on).</summary>
    public static readonly Expression<Func<Review, bool>> AwaitingHomeOffice = r => r.Stage == ReviewStage.HomeOfficeQa;

    /// <summary>The report is completed (signed off locally) and the Domestic Abuse Commissioner's copy is not yet sent (DVCVA 2004 s.9(3B)-(3C)).</summary>
    public static readonly Expression<Func<Review, bool>> CommissionerCopyNotSent = r =>
        r.LocalSignOffDate != null && r.CommissionerCopyDate == null
        && r.Stage != ReviewStage.Closed && r.Stage != ReviewStage.NotProceeding;

    public static readonly Expression<Func<Review, bool>> IsPaused = r => r.Pauses.Any(p => p.EndDate == null);

    public static IQueryable<Review> Apply(this IQueryable<Review> reviews, ReviewQuery query, DateOnly today, int amberWindowDays)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            reviews = reviews.Where(r => r.Reference.Contains(term));
        }

        if (query.Stage is { } stage)
        {
            reviews = reviews.Where(r => r.Stage == stage);
        }

        if (query.Decision is { } decision)
        {
            reviews = reviews.Where(r => r.Decision == decision);
        }

        if (query.YearOfDeath is { } year and > 0 and < 9999)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            reviews = reviews.Where(r => r.DateOfDeath >= from && r.DateOfDeath < to);
        }

        if (query.Paused is { } paused)
        {
            reviews = paused ? reviews.Where(IsPaused) : reviews.Where(r => !r.Pauses.Any(p => p.EndDate == null));
        }

        if (query.AwaitingHomeOffice)
        {
            reviews = reviews.Where(AwaitingHomeOffice);
        }

        if (query.HomeOfficeNotTold)
        {
            reviews = reviews.Where(HomeOfficeNotTold);
        }

        if (query.CommissionerCopyNotSent)
        {
            reviews = reviews.Where(CommissionerCopyNotSent);
        }

        if (query.DueWithinDays is { } days)
        {
            var until = today.AddDays(Math.Clamp(days, 0, 3650));
            reviews = reviews.Where(r => r.ActiveDueDate >= today && r.ActiveDueDate <= until);
        }

        return query.Rag is { } rag ? reviews.WithRag(rag, today, amberWindowDays) : reviews;
    }

    /// <summary>The SQL twin of <see cref="ReviewClocks.RagFor"/>: same boundaries, on the stored due date (<see cref="ReviewClocks.RagDue"/>).</summary>
    public static IQueryable<Review> WithRag(this IQueryable<Review> reviews, Rag rag, DateOnly today, int amberWindowDays) =>
        reviews.Where(RagIs(rag, today, amberWindowDays));

    /// <summary>A review whose stored due date puts it at this RAG today (<see cref="WithRag"/>'s filter, for a count beside others).</summary>
    public static Expression<Func<Review, bool>> RagIs(Rag rag, DateOnly today, int amberWindowDays)
    {
        var amberUntil = today.AddDays(amberWindowDays);
        return rag switch
        {
            Rag.Red => r => r.ActiveDueDate != null && r.ActiveDueDate < today,
            Rag.Amber => r => r.ActiveDueDate >= today && r.ActiveDueDate <= amberUntil,
            Rag.Green => r => r.ActiveDueDate > amberUntil,
            _ => r => r.ActiveDueDate == null,
        };
    }

    /// <summary>Approved by Home Office QA and waiting to be published.</summary>
    public static readonly Expression<Func<Review, bool>> ApprovedNotPublished = r => r.Stage == ReviewStage.AwaitingPublication;

    /// <summary>Stages in their statutory order (they are stored by name, which would sort alphabetically).</summary>
    public static readonly Expression<Func<Review, int>> StageOrder = r =>
        r.Stage == ReviewStage.Notified ? 0
        : r.Stage == ReviewStage.Scoping ? 1
        : r.Stage == ReviewStage.Commissioning ? 2
        : r.Stage == ReviewStage.InformationGathering ? 3
        : r.Stage == ReviewStage.PanelAnalysis ? 4
        : r.Stage == ReviewStage.Drafting ? 5
        : r.Stage == ReviewStage.LocalSignOff ? 6
        : r.Stage == ReviewStage.HomeOfficeQa ? 7
        : r.Stage == ReviewStage.AwaitingPublication ? 8
        : r.Stage == ReviewStage.ActionPlanMonitoring ? 9
        : r.Stage == ReviewStage.Closed ? 10
        : 11;
}
