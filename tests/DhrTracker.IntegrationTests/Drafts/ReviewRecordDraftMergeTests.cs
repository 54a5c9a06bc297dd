using System.Text.Json;
using DhrTracker.Core.Common;
using DhrTracker.Core.Drafts;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Drafts;

/// <summary>
/// ADR 0406 with ADR 0398: a draft of the review details holds the record as its author opened it. When someone else has
/// saved the record since, the restored draft's save is refused and merged fact by fact against what the author saw, so
/// neither person's change is lost. Each step goes through the service the review page calls, in a fresh service scope,
/// as the page would after the author's circuit was gone.
/// </summary>
/// <remarks>
/// The draft's shape is Core's <see cref="ReviewRecordDraft"/>, which the form keeps and restores; the form's <c>MergeAsync</c>
/// (read the record again, <see cref="ReviewRecordMerge.Merge"/> against the draft's opened record) is copied step by step,
/// so a change inside the form itself is not caught here.
/// </remarks>
public sealed class ReviewRecordDraftMergeTests
{
    private const string Partnership = "Partnership A";

    private sealed record Setup(TestDatabase Db, string A, string B, Guid ReviewId) : IAsyncDisposable
    {
        /// <summary>The one draft key of a review's details, as <c>ReviewRecordForm.Key</c> builds it.</summary>
        public DraftKey Key => new(ReviewId, DraftForm.ReviewRecord, ReviewId);

        /// <summary>The record as the summary tab hands it to the form (and as the form reads it again on a conflict).</summary>
        public async Task<ReviewRecordInput> OpenAsync() => (await Db.Get<ReviewService>().GetAsync(ReviewId))!.Record;

        public async Task<Review> StoredAsync()
        {
            await using var context = Db.NewContext();
            return await context.Reviews.AsNoTracking().SingleAsync(r => r.Id == ReviewId);
        }

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    private static async Task<Setup> ReviewAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.CreatePartnershipAsync(Partnership, "A DHR");
        // Two coordinators of the same partnership: both may change the record (ReviewAccess.CanChange).
        var a = await db.CreateUserAsync(Roles.Coordinator, Partnership, "coordinator.one@example.org");
        var b = await db.CreateUserAsync(Roles.Coordinator, Partnership, "coordinator.two@example.org");
        db.SignInAs(a);
        var review = await CaseFile.NewReviewAsync(db, "A DHR1");
        return new Setup(db, a, b, review);
    }

    /// <summary>A opens the details, types, and the form keeps the draft (as DraftKeeper does every few seconds), then A's circuit is gone.</summary>
    private static async Task<ReviewRecordInput> KeepDraftAsync(Setup s, Action<ReviewRecordInput> typing)
    {
        s.Db.SignInAs(s.A);
        var opened = await s.OpenAsync();
        var mine = opened.Copy();
        typing(mine);
        CaseFile.Ok(await s.Db.Get<DraftService>().KeepAsync(s.Key, JsonSerializer.Serialize(ReviewRecordDraft.Of(opened, mine))));
        return opened;
    }

    /// <summary>B opens the details and saves a change while A's draft waits.</summary>
    private static async Task SaveAsBAsync(Setup s, Action<ReviewRecordInput> change)
    {
        s.Db.SignInAs(s.B);
        var input = await s.OpenAsync();
        change(input);
        CaseFile.Ok(await s.Db.Get<ReviewLifecycleService>().UpdateAsync(s.ReviewId, input));
    }

    /// <summary>A comes back: the summary tab offers the draft, "Continue it" restores it, and "Save details" is refused.</summary>
    private static async Task<ReviewRecordDraft> RestoreAndSaveAsAAsync(Setup s, ReviewRecordInput openedByA)
    {
        s.Db.SignInAs(s.A);
        var offered = Assert.Single(CaseFile.Ok(await s.Db.Get<DraftService>().ListMineAsync(s.ReviewId, DraftForm.ReviewRecord)));
        Assert.Equal(s.Key, offered.Key);
        var restored = JsonSerializer.Deserialize<ReviewRecordDraft>(offered.Content)!;
        // The draft kept the version A opened, not the one B saved: that is what makes the save a conflict rather than an overwrite.
        Assert.Equal(openedByA.Version, restored.Opened.Version);
        Assert.Equal(openedByA.Version, restored.Mine.Version);

        // The form sends a copy of its model; the service sets the stage-owned facts on what it is given.
        var refused = await s.Db.Get<ReviewLifecycleService>().UpdateAsync(s.ReviewId, restored.Mine.Copy());
        Assert.Equal(ReviewLifecycleService.ConflictMessage, Assert.Single(refused.Errors).Message);
        return restored;
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_restored_draft_saved_after_someone_else_changed_another_fact_keeps_both_changes(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var openedByA = await KeepDraftAsync(s, r => r.HomeOfficeReference = "HO-2026-0042");
        await SaveAsBAsync(s, r => r.NotifyingAgency = "Ambulance service");

        var restored = await RestoreAndSaveAsAAsync(s, openedByA);
        // The refusal wrote nothing: B's change stands, A's is not in yet.
        var between = await s.StoredAsync();
        Assert.Equal(("Ambulance service", (string?)null), (between.NotifyingAgency, between.HomeOfficeReference));

        // The form's MergeAsync: the record as B saved it, merged with A's entries against what A opened.
        var theirs = await s.OpenAsync();
        var merge = ReviewRecordMerge.Merge(restored.Opened, restored.Mine, theirs);

        Assert.Empty(merge.Clashes);
        Assert.Equal(["Notifying agency"], merge.TakenFromThem);
        Assert.Equal(("Ambulance service", "HO-2026-0042", theirs.Version),
            (merge.Merged.NotifyingAgency, merge.Merged.HomeOfficeReference, merge.Merged.Version));

        CaseFile.Ok(await s.Db.Get<ReviewLifecycleService>().UpdateAsync(s.ReviewId, merge.Merged));
        // Saved: the form finishes its draft keeper, which discards the draft so it is not offered again.
        Assert.True(CaseFile.Ok(await s.Db.Get<DraftService>().DiscardAsync(s.Key)));

        var saved = await s.StoredAsync();
        Assert.Equal(("Ambulance service", "HO-2026-0042"), (saved.NotifyingAgency, saved.HomeOfficeReference));
        Assert.NotEqual(theirs.Version, saved.Version);
        Assert.Empty(CaseFile.Ok(await s.Db.Get<DraftService>().ListMineAsync(s.ReviewId, DraftForm.ReviewRecord)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_restored_draft_that_changed_the_fact_someone_else_changed_is_a_clash_holding_the_authors_value_until_they_choose(
        DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var openedByA = await KeepDraftAsync(s, r =>
        {
            r.HomeOfficeReference = "HO-2026-0042";
            r.NotifyingAgency = "Ambulance service";
        });
        await SaveAsBAsync(s, r => r.HomeOfficeReference = "HO-2026-0077");

        var restored = await RestoreAndSaveAsAAsync(s, openedByA);
        Assert.Equal("HO-2026-0077", (await s.StoredAsync()).HomeOfficeReference);

        var theirs = await s.OpenAsync();
        var merge = ReviewRecordMerge.Merge(restored.Opened, restored.Mine, theirs);

        var clash = Assert.Single(merge.Clashes);
        Assert.Equal(new FieldClash(nameof(ReviewRecordInput.HomeOfficeReference), "Home Office reference", "HO-2026-0042", "HO-2026-0077"), clash);
        Assert.Empty(merge.TakenFromThem);
        // Until A chooses, the form holds A's value, and A's other change is kept.
        Assert.Equal(("HO-2026-0042", "Ambulance service", theirs.Version),
            (merge.Merged.HomeOfficeReference, merge.Merged.NotifyingAgency, merge.Merged.Version));

        // A chooses "Take theirs" (RecordConflictPanel copies from the stored record) and saves again.
        ReviewRecordMerge.Use(merge.Merged, theirs, clash.Field);
        CaseFile.Ok(await s.Db.Get<ReviewLifecycleService>().UpdateAsync(s.ReviewId, merge.Merged));

        var saved = await s.StoredAsync();
        Assert.Equal(("HO-2026-0077", "Ambulance service"), (saved.HomeOfficeReference, saved.NotifyingAgency));
    }

    /// <summary>
    /// A meets the clash in the form, then loses the connection before choosing. The form keeps its draft after the
    /// merge too; restored, that draft must meet the clash again, not save A's value over B's unseen.
    /// </summary>
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_draft_kept_after_a_merge_with_an_unsettled_clash_meets_the_clash_again_when_restored(DatabaseProvider provider)
    {
        await using var s = await ReviewAsync(provider);
        var openedByA = await KeepDraftAsync(s, r => r.HomeOfficeReference = "HO-2026-0042");
        await SaveAsBAsync(s, r => r.HomeOfficeReference = "HO-2026-0077");
        var restored = await RestoreAndSaveAsAAsync(s, openedByA);
        var merge = ReviewRecordMerge.Merge(restored.Opened, restored.Mine, await s.OpenAsync());
        Assert.Single(merge.Clashes);

        // The form's next draft, as its keeper writes it after the merge: the record A first opened, and the merged entries.
        s.Db.SignInAs(s.A);
        CaseFile.Ok(await s.Db.Get<DraftService>().KeepAsync(s.Key, JsonSerializer.Serialize(ReviewRecordDraft.Of(restored.Opened, merge.Merged))));

        var again = await RestoreAndSaveAsAAsync(s, openedByA);
        var secondMerge = ReviewRecordMerge.Merge(again.Opened, again.Mine, await s.OpenAsync());

        Assert.Equal(("HO-2026-0042", "HO-2026-0077"), (Assert.Single(secondMerge.Clashes).Yours, secondMerge.Clashes[0].Theirs));
        Assert.Equal("HO-2026-0077", (await s.StoredAsync()).HomeOfficeReference);
    }
}
