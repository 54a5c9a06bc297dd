using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Search;

/// <summary>
/// Search across the record (issue 16 item 11, ADR 0387): the reviews the user may see (<see cref="ReviewAccess.Visible"/>)
/// whose reference, victim's pseudonym, chair, agencies, themes or finding text hold what they typed, each with the fields
/// that matched. Only those who read case records search (<see cref="ReviewAccess.CanSearch"/>); every search is audited.
/// </summary>
public sealed class SearchService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<SearchInput> validator,
    TimeProvider time)
{
    /// <summary>The most reviews one search shows; more than this and the page asks for a narrower search.</summary>
    public const int Cap = 50;

    public const string Entity = "Search";
    public const string NotAllowed = "Searching reviews is for coordinators, managers and panel members.";

    public async Task<Result<SearchResult>> SearchAsync(SearchInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!ReviewAccess.CanSearch(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.List, Entity, "", AuditOutcome.Denied, ct: ct);
            return Result<SearchResult>.Refused("", NotAllowed);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<SearchResult>.Refused(validation);
        }

        var search = input.Search!.Trim();
        var pattern = SearchPattern.Contains(search);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await SearchQueries.Matching(db, db.Reviews.AsNoTracking().Visible(user), pattern)
            .OrderByDescending(r => r.DateNotified).ThenBy(r => r.Reference)
            .Take(Cap + 1)
            .Select(r => new
            {
                r.Id,
                r.Reference,
                r.Stage,
                r.DateOfDeath,
                Victims = db.Victims.Where(v => v.ReviewId == r.Id).OrderBy(v => v.Pseudonym).Select(v => v.Pseudonym).ToList(),
            })
            .ToListAsync(ct);
        var shown = found.Take(Cap).ToList();
        var ids = shown.Select(r => r.Id).ToList();
        var hits = ids.Count == 0 ? [] : await SearchQueries.HitsAsync(db, ids, pattern, ct);
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == user.PartnershipId, ct);

        // What was found, never what was typed: the words may be case content, and the trail outlives a review's retention.
        db.Record(time, user, AuditActions.List, Entity, "",
            detail: $"{shown.Count} {(shown.Count == 1 ? "review" : "reviews")} found{(found.Count > Cap ? $" (the first {Cap} shown)" : "")}"
                + (shown.Count == 0 ? "" : $": {string.Join(", ", shown.Select(r => r.Reference))}"));
        await db.SaveChangesAsync(ct);

        return Result<SearchResult>.Ok(new SearchResult(shown.Select(r => new SearchResultReview(r.Id, r.Reference,
            ReviewTypeNames.For(partnership, r.DateOfDeath), r.Stage, string.Join(", ", r.Victims),
            hits.Where(h => h.ReviewId == r.Id).OrderBy(h => h.Field)
                .Select(h => new SearchMatch(h.Field, SearchSnippet.Of(h.Text, search))).Distinct().ToList())).ToList(),
            found.Count > Cap));
    }
}
