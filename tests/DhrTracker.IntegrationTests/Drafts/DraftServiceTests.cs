using System.Collections.Concurrent;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Drafts;

namespace DhrTracker.IntegrationTests.Drafts;

/// <summary>
/// R23 (ADR 0403): what a user types into a long form is kept on the server, offered back only to them, replaced as they
/// type on, removed when they save or discard it, and never kept past its time. Who may call each door is in the access matrix.
/// </summary>
public sealed class DraftServiceTests(DraftServiceTests.Worlds worlds) : IClassFixture<DraftServiceTests.Worlds>
{
    private const string Typed = "{\"Narrative\":\"The GP saw bruising and did not ask\"}";
    private const string TypedOn = "{\"Narrative\":\"The GP saw bruising and did not ask about it at either appointment\"}";

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_kept_draft_is_offered_back_to_its_author_with_the_latest_text_in_one_row_audited_once(DatabaseProvider provider)
    {
        await using var w = await worlds.CopyAsync(provider);
        var key = DraftKey.Adding(w.A1.ReviewId, DraftForm.Finding);
        w.SignInAs(Caller.PanelMember);
        var drafts = w.Db.Get<DraftService>();

        var first = CaseFile.Ok(await drafts.KeepAsync(key, Typed));
        w.Db.Time.Advance(TimeSpan.FromSeconds(5));
        var second = CaseFile.Ok(await drafts.KeepAsync(key, TypedOn));

        // A "restart": a new scope of the services reads only what the database holds.
        var offered = CaseFile.Ok(await w.Db.Get<DraftService>().ListMineAsync(w.A1.ReviewId, DraftForm.Finding));
        var draft = Assert.Single(offered);
        Assert.Equal(key, draft.Key);
        Assert.Equal(TypedOn, draft.Content);
        Assert.Equal(second, draft.Saved);
        Assert.Equal(TimeSpan.FromSeconds(5), second - first);

        await using var c = w.Db.NewContext();
        Assert.Equal(1, await c.Set<FormDraft>().CountAsync());
        var rows = await c.AuditEntries.Where(a => a.EntityType == DraftService.Entity).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditActions.Create, AuditActions.View], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal(w[Caller.PanelMember], r.UserId));
        // The trail says which form; it never holds what was typed.
        Assert.DoesNotContain(rows, r => (r.Detail ?? "").Contains("bruising", StringComparison.Ordinal));
        var ids = rows.Select(r => r.Id).ToList();
        Assert.Equal(0, await c.AuditChanges.CountAsync(ch => ids.Contains(ch.AuditEntryId)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_user_of_the_same_form_is_never_offered_someone_elses_draft(DatabaseProvider provider)
    {
        await using var w = await worlds.CopyAsync(provider);
        w.SignInAs(Caller.PanelMember);
        CaseFile.Ok(await w.Db.Get<DraftService>().KeepAsync(DraftKey.Adding(w.A1.ReviewId, DraftForm.Finding), Typed));

        foreach (var other in new[] { Caller.Coordinator, Caller.PanelChair })
        {
            w.SignInAs(other);
            Assert.Empty(CaseFile.Ok(await w.Db.Get<DraftService>().ListMineAsync(w.A1.ReviewId, DraftForm.Finding)));
            // Discarding "their" draft of the same form removes nothing of the author's.
            Assert.False(CaseFile.Ok(await w.Db.Get<DraftService>().DiscardAsync(DraftKey.Adding(w.A1.ReviewId, DraftForm.Finding))));
        }

        w.SignInAs(Caller.PanelMember);
        Assert.Single(CaseFile.Ok(await w.Db.Get<DraftService>().ListMineAsync(w.A1.ReviewId, DraftForm.Finding)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Drafts_of_a_new_finding_and_of_each_finding_edited_are_kept_apart_and_discarding_one_leaves_the_others(DatabaseProvider provider)
    {
        await using var w = await worlds.CopyAsync(provider);
        w.SignInAs(Caller.Coordinator);
        var drafts = w.Db.Get<DraftService>();
        var adding = DraftKey.Adding(w.A1.ReviewId, DraftForm.Finding);
        var editing = new DraftKey(w.A1.ReviewId, DraftForm.Finding, w.A1.FindingId);
        CaseFile.Ok(await drafts.KeepAsync(adding, Typed));
        CaseFile.Ok(await drafts.KeepAsync(editing, TypedOn));

        Assert.True(CaseFile.Ok(await drafts.DiscardAsync(adding)));
        Assert.False(CaseFile.Ok(await drafts.DiscardAsync(adding)));

        var left = Assert.Single(CaseFile.Ok(await drafts.ListMineAsync(w.A1.ReviewId, DraftForm.Finding)));
        Assert.Equal(editing, left.Key);
        await using var c = w.Db.NewContext();
        Assert.Equal(1, await c.AuditEntries.CountAsync(a => a.EntityType == DraftService.Entity && a.Action == AuditActions.Delete));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_form_offers_back_only_its_own_draft_and_the_trail_names_the_form(DatabaseProvider provider)
    {
        await using var w = await worlds.CopyAsync(provider);
        w.SignInAs(Caller.Coordinator);
        var drafts = w.Db.Get<DraftService>();
        var forms = new[] { DraftForm.Finding, DraftForm.Recommendation, DraftForm.InvolvementEntry, DraftForm.ReviewRecord };
        foreach (var form in forms)
        {
            CaseFile.Ok(await drafts.KeepAsync(DraftKey.Adding(w.A1.ReviewId, form), $"{{\"Text\":\"typed into the {form} form\"}}"));
        }

        foreach (var form in forms)
        {
            var offered = Assert.Single(CaseFile.Ok(await drafts.ListMineAsync(w.A1.ReviewId, form)));
            Assert.Equal(form, offered.Key.Form);
            Assert.Contains($"the {form} form", offered.Content, StringComparison.Ordinal);
        }

        await using var c = w.Db.NewContext();
        var created = await c.AuditEntries.Where(a => a.EntityType == DraftService.Entity && a.Action == AuditActions.Create)
            .OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync();
        Assert.Equal(["draft of a new finding", "draft of a new recommendation", "draft of an involvement log entry", "draft of the review details being edited"],
            created);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_draft_over_the_limit_is_refused_in_plain_words_and_the_kept_one_stays(DatabaseProvider provider)
    {
        await using var w = await worlds.CopyAsync(provider);
        w.SignInAs(Caller.Coordinator);
        var drafts = w.Db.Get<DraftService>();
        var key = DraftKey.Adding(w.A1.ReviewId, DraftForm.Finding);
        CaseFile.Ok(await drafts.KeepAsync(key, Typed));

        var refused = await drafts.KeepAsync(key, new string('x', DraftService.MaxContentLength + 1));

        Assert.Equal(DraftService.TooLong, Assert.Single(refused.Errors).Message);
        Assert.Equal(Typed, Assert.Single(CaseFile.Ok(await drafts.ListMineAsync(w.A1.ReviewId, DraftForm.Finding))).Content);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_draft_untouched_for_thirty_days_is_no_longer_offered_and_goes_when_its_author_keeps_another(DatabaseProvider provider)
    {
        await using var w = await worlds.CopyAsync(provider);
        w.SignInAs(Caller.Coordinator);
        var old = new DraftKey(w.A1.ReviewId, DraftForm.Finding, w.A1.FindingId);
        CaseFile.Ok(await w.Db.Get<DraftService>().KeepAsync(old, Typed));

        w.Db.Time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Single(CaseFile.Ok(await w.Db.Get<DraftService>().ListMineAsync(w.A1.ReviewId, DraftForm.Finding)));
        w.Db.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(CaseFile.Ok(await w.Db.Get<DraftService>().ListMineAsync(w.A1.ReviewId, DraftForm.Finding)));

        CaseFile.Ok(await w.Db.Get<DraftService>().KeepAsync(DraftKey.Adding(w.A1.ReviewId, DraftForm.Finding), TypedOn));
        await using var c = w.Db.NewContext();
        Assert.Equal([Guid.Empty], await c.Set<FormDraft>().Select(d => d.RecordId).ToListAsync());
    }

    /// <summary>One seeded world per provider; each test works on its own copy.</summary>
    public sealed class Worlds : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestWorld>>> templates = new();

        public async Task<TestWorld> CopyAsync(DatabaseProvider provider) =>
            await (await templates.GetOrAdd(provider, p => new(() => TestWorld.CreateAsync(p))).Value).CopyAsync();

        public async ValueTask DisposeAsync()
        {
            foreach (var world in templates.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
            {
                await (await world.Value).DisposeAsync();
            }
        }
    }
}
