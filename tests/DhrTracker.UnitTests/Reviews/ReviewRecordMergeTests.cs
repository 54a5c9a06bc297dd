using DhrTracker.Core.Common;
using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Reviews;

/// <summary>Two people edit one review at once: neither loses a fact (R19, ADR 0398).</summary>
public sealed class ReviewRecordMergeTests
{
    private static readonly Guid OpenedVersion = Guid.NewGuid();
    private static readonly Guid SavedVersion = Guid.NewGuid();

    private static ReviewRecordInput Opened() => new()
    {
        Version = OpenedVersion,
        Reference = "NB-DHR-40",
        DateOfDeath = new DateOnly(2026, 3, 1),
        DateNotified = new DateOnly(2026, 3, 10),
        NotifyingAgency = "Police",
        HomeOfficeReference = "HO-1",
        Decision = ReviewDecision.Hold,
    };

    private static ReviewRecordInput Changed(Action<ReviewRecordInput> change)
    {
        var record = Opened();
        change(record);
        return record;
    }

    [Fact]
    public void A_fact_only_they_changed_is_taken_and_a_fact_only_I_changed_is_kept()
    {
        var mine = Changed(r => r.NotifyingAgency = "Ambulance service");
        var theirs = Changed(r =>
        {
            r.Version = SavedVersion;
            r.ScopeStart = new DateOnly(2021, 1, 1);
        });

        var result = ReviewRecordMerge.Merge(Opened(), mine, theirs);

        Assert.Empty(result.Clashes);
        Assert.Equal(["Scope period from"], result.TakenFromThem);
        Assert.Equal(("Ambulance service", new DateOnly(2021, 1, 1), SavedVersion),
            (result.Merged.NotifyingAgency, result.Merged.ScopeStart, result.Merged.Version));
    }

    [Fact]
    public void A_fact_both_changed_differently_is_a_clash_shown_in_words_and_mine_is_held_until_I_choose()
    {
        var mine = Changed(r =>
        {
            r.HomeOfficeReference = "HO-2";
            r.TermsOfReferenceDate = new DateOnly(2026, 5, 4);
        });
        var theirs = Changed(r =>
        {
            r.Version = SavedVersion;
            r.HomeOfficeReference = "HO-3";
            r.TermsOfReferenceDate = null;
        });

        var result = ReviewRecordMerge.Merge(Opened(), mine, theirs);

        // Terms of reference: opened blank, I set it, they left it blank: mine is no clash.
        var clash = Assert.Single(result.Clashes);
        Assert.Equal(new FieldClash("HomeOfficeReference", "Home Office reference", "HO-2", "HO-3"), clash);
        Assert.Equal(("HO-2", new DateOnly(2026, 5, 4)), (result.Merged.HomeOfficeReference, result.Merged.TermsOfReferenceDate));

        ReviewRecordMerge.Use(result.Merged, theirs, clash.Field);

        Assert.Equal("HO-3", result.Merged.HomeOfficeReference);
        Assert.Equal(new DateOnly(2026, 5, 4), result.Merged.TermsOfReferenceDate);

        ReviewRecordMerge.Use(result.Merged, mine, clash.Field);

        Assert.Equal("HO-2", result.Merged.HomeOfficeReference);
    }

    [Fact]
    public void The_same_change_made_by_both_is_no_clash_and_a_blanked_date_reads_as_blank()
    {
        var mine = Changed(r =>
        {
            r.NotifyingAgency = "Probation";
            r.DateNotified = new DateOnly(2026, 3, 11);
        });
        var theirs = Changed(r =>
        {
            r.NotifyingAgency = "Probation";
            r.DateNotified = null;
        });

        var result = ReviewRecordMerge.Merge(Opened(), mine, theirs);

        var clash = Assert.Single(result.Clashes);
        Assert.Equal(("Date notified", "11 Mar 2026", "(blank)"), (clash.Label, clash.Yours, clash.Theirs));
    }

    [Fact]
    public void Decision_and_QA_outcome_come_from_the_stored_review_as_only_moves_change_them()
    {
        var theirs = Changed(r =>
        {
            r.Version = SavedVersion;
            r.QaOutcome = QaOutcome.Publish;
        });

        var result = ReviewRecordMerge.Merge(Opened(), Opened(), theirs);

        Assert.Equal(QaOutcome.Publish, result.Merged.QaOutcome);
    }

    /// <summary>A fact added to the record but not to the merge's list would be lost silently in a merge.</summary>
    [Fact]
    public void Every_editable_fact_of_the_record_is_in_the_merge()
    {
        string[] notEdited = [nameof(ReviewRecordInput.Version), nameof(ReviewRecordInput.Regime), nameof(ReviewRecordInput.Decision), nameof(ReviewRecordInput.QaOutcome)];
        var editable = typeof(ReviewRecordInput).GetProperties().Select(p => p.Name).Except(notEdited).Order();

        Assert.Equal(editable, ReviewRecordFields.All.Select(f => f.Name).Order());
    }

    /// <summary>Each row reads and copies its own property, not a neighbour's (the rows are written by hand).</summary>
    [Fact]
    public void Each_fact_reads_and_copies_its_own_property()
    {
        foreach (var fact in ReviewRecordFields.All)
        {
            var property = typeof(ReviewRecordInput).GetProperty(fact.Name)!;
            var from = new ReviewRecordInput();
            property.SetValue(from, SampleOf(property.PropertyType));
            var to = new ReviewRecordInput();

            fact.Copy(from, to);

            Assert.Equal(property.GetValue(from), fact.Read(from));
            Assert.Equal(property.GetValue(from), property.GetValue(to));
            Assert.All(typeof(ReviewRecordInput).GetProperties().Where(p => p.Name != fact.Name),
                other => Assert.Equal(other.GetValue(new ReviewRecordInput()), other.GetValue(to)));
        }
    }

    private static object SampleOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "sample",
        var t when t == typeof(DateOnly) => new DateOnly(2026, 2, 3),
        var t when t == typeof(bool) => true,
        var t when t.IsEnum => Enum.GetValues(t).GetValue(Enum.GetValues(t).Length - 1)!,
        var t => throw new InvalidOperationException($"No sample for {t}"),
    };
}
