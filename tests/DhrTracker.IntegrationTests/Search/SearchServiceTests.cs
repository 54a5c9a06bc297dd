using DhrTracker.Core.Audit;
using DhrTracker.Core.Common;
using DhrTracker.Core.Search;
using static DhrTracker.IntegrationTests.Infrastructure.Caller;

namespace DhrTracker.IntegrationTests.Search;

/// <summary>
/// Issue 16 item 11: each role finds a review by what it remembers about it, over exactly the reviews it may see,
/// with the field that matched named. Runs on the world of <see cref="SearchWorlds"/> (A1 and A3 have the chair
/// and the panel member seated; A2 a manager; B1 is partnership B's; every review has "Adult Kestrel", Police and
/// "Coercive control").
/// </summary>
public sealed class SearchServiceTests(SearchWorlds worlds) : IClassFixture<SearchWorlds>
{
    public static TheoryData<DatabaseProvider, string, SearchField, string> WhatIsRemembered()
    {
        var data = new TheoryData<DatabaseProvider, string, SearchField, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            data.Add(provider, "a dhr1", SearchField.Reference, "A DHR1");
            data.Add(provider, "KESTREL", SearchField.VictimPseudonym, "Adult Kestrel");
            data.Add(provider, "synthetica", SearchField.Chair, SearchWorlds.ChairName);
            data.Add(provider, "polic", SearchField.ReviewAgency, "Police");
            data.Add(provider, "polic", SearchField.FindingAgency, "Police");
            data.Add(provider, "Coercive", SearchField.KeyTheme, "Coercive control");
            data.Add(provider, "coercive", SearchField.FindingTheme, "Coercive control");
            data.Add(provider, "Verbal Dispute", SearchField.FindingText, "Reports of controlling behaviour were treated as a verbal dispute.");
        }

        return data;
    }

    [Theory, MemberData(nameof(WhatIsRemembered))]
    public async Task A_coordinator_finds_the_review_by_any_field_ignoring_case_and_is_told_which_field_matched(DatabaseProvider provider,
        string search, SearchField field, string snippet)
    {
        var w = await worlds.GetAsync(provider);

        var found = await SearchAsAsync(w, Coordinator, search);

        var review = Assert.Single(found.Reviews, r => r.ReviewId == w.A1.ReviewId);
        Assert.Contains(new SearchMatch(field, snippet), review.Matches);
        Assert.Equal(("A DHR1", "Adult Kestrel, Adult Wren", "Domestic Homicide Review"), (review.Reference, review.Victims, review.TypeName.Name));
        Assert.False(found.Capped);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_review_lists_each_field_that_matched_once_in_the_order_of_the_record(DatabaseProvider provider)
    {
        var w = await worlds.GetAsync(provider);

        var found = await SearchAsAsync(w, Coordinator, "a_1");

        var review = Assert.Single(found.Reviews);
        Assert.Equal([new SearchMatch(SearchField.FindingText, SearchWorlds.LiteralWildcards)], review.Matches);
        var a1 = Assert.Single((await SearchAsAsync(w, Coordinator, "police")).Reviews, r => r.ReviewId == w.A1.ReviewId);
        // A1's findings name the register's Police and, as old text not yet matched to the register, "Police constabulary" (ADR 0388).
        Assert.Equal([(SearchField.ReviewAgency, "Police"), (SearchField.FindingAgency, "Police"), (SearchField.FindingAgency, "Police constabulary")],
            a1.Matches.Select(m => (m.Field, m.Snippet)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_panel_member_finds_only_the_reviews_they_sit_on(DatabaseProvider provider)
    {
        var w = await worlds.GetAsync(provider);

        var seated = await SearchAsAsync(w, PanelMember, "Kestrel");
        var unseated = await SearchAsAsync(w, UnseatedPanelMember, "Kestrel");

        Assert.Equal(new[] { w.A1.ReviewId, w.A3.ReviewId }.Order(), seated.Reviews.Select(r => r.ReviewId).Order());
        Assert.Empty(unseated.Reviews);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Managers_and_coordinators_find_only_their_own_partnerships_reviews(DatabaseProvider provider)
    {
        var w = await worlds.GetAsync(provider);

        var manager = await SearchAsAsync(w, Manager, "Kestrel");
        var otherCoordinator = await SearchAsAsync(w, OtherPartnershipCoordinator, "Kestrel");

        Assert.Equal(new[] { w.A1.ReviewId, w.A2.ReviewId, w.A3.ReviewId }.Order(), manager.Reviews.Select(r => r.ReviewId).Order());
        Assert.Equal([w.B1.ReviewId], otherCoordinator.Reviews.Select(r => r.ReviewId));
        Assert.Empty((await SearchAsAsync(w, OtherPartnershipCoordinator, "a dhr")).Reviews);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_victims_real_name_finds_nothing_and_is_never_shown(DatabaseProvider provider)
    {
        var w = await worlds.GetAsync(provider);

        var found = await SearchAsAsync(w, Coordinator, "Restricted Sample");
        var byPseudonym = await SearchAsAsync(w, Coordinator, "Adult");

        Assert.Empty(found.Reviews);
        Assert.DoesNotContain(byPseudonym.Reviews, r => r.Victims.Contains(SearchWorlds.RealName, StringComparison.Ordinal)
            || r.Matches.Any(m => m.Snippet.Contains(SearchWorlds.RealName, StringComparison.Ordinal)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Wildcard_characters_are_matched_as_themselves(DatabaseProvider provider)
    {
        var w = await worlds.GetAsync(provider);

        foreach (var search in new[] { "a_1", "50%", "[draft]", "% c", "_1" })
        {
            var found = await SearchAsAsync(w, Coordinator, search);

            Assert.True(found.Reviews.Select(r => r.ReviewId).SequenceEqual([w.A2.ReviewId]), $"'{search}' found {string.Join(", ", found.Reviews.Select(r => r.Reference))}");
        }

        Assert.Contains(w.A3.ReviewId, (await SearchAsAsync(w, Coordinator, "ab1")).Reviews.Select(r => r.ReviewId));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_search_is_audited_with_the_references_found_and_never_the_words_typed(DatabaseProvider provider)
    {
        var w = await worlds.GetAsync(provider);
        await SearchAsAsync(w, Manager, "verbal dispute");

        await using var context = w.Db.NewContext();
        var row = await context.AuditEntries.Where(a => a.EntityType == SearchService.Entity && a.UserId == w[Manager])
            .OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal((AuditActions.List, AuditOutcome.Succeeded), (row.Action, row.Outcome));
        Assert.StartsWith("3 reviews found: ", row.Detail);
        Assert.Contains("A DHR1", row.Detail);
        Assert.DoesNotContain("verbal", row.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Agency_leads_and_administrators_are_refused_and_the_refusal_is_audited(DatabaseProvider provider)
    {
        var w = await worlds.GetAsync(provider);

        foreach (var caller in new[] { AgencyLead, Administrator })
        {
            w.SignInAs(caller);
            var result = await w.Db.Get<SearchService>().SearchAsync(new SearchInput { Search = "Kestrel" });

            Assert.Equal(SearchService.NotAllowed, Assert.Single(result.Errors).Message);
            await using var context = w.Db.NewContext();
            Assert.True(await context.AuditEntries.AnyAsync(a => a.UserId == w[caller] && a.EntityType == SearchService.Entity && a.Outcome == AuditOutcome.Denied));
        }
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Fewer_than_two_characters_or_more_than_a_hundred_are_refused_naming_the_search(DatabaseProvider provider)
    {
        var w = await worlds.GetAsync(provider);
        w.SignInAs(Coordinator);
        var search = w.Db.Get<SearchService>();

        var empty = await search.SearchAsync(new SearchInput());
        var oneLetter = await search.SearchAsync(new SearchInput { Search = "  k  " });
        var tooLong = await search.SearchAsync(new SearchInput { Search = new string('k', 101) });

        Assert.Equal(new FieldError("Search", "Search: enter at least 2 characters, for example a reference, a pseudonym or a theme."), Assert.Single(empty.Errors));
        Assert.Equal(empty.Errors, oneLetter.Errors);
        Assert.Equal(new FieldError("Search", "Search must be 100 characters or fewer."), Assert.Single(tooLong.Errors));
    }

    private static async Task<SearchResult> SearchAsAsync(TestWorld w, Caller caller, string search)
    {
        w.SignInAs(caller);
        return CaseFile.Ok(await w.Db.Get<SearchService>().SearchAsync(new SearchInput { Search = search }));
    }
}
