using DhrTracker.Core.Actions;
using DhrTracker.Core.Common;
using DhrTracker.UnitTests.Common;

namespace DhrTracker.UnitTests.Actions;

/// <summary>A manager rewords an action while its agency's lead reports progress on it: neither loses a fact (R19, ADR 0408).</summary>
public sealed class ActionMergeTests
{
    private static readonly Guid SavedVersion = Guid.NewGuid();
    private static readonly IReadOnlyList<MergeField<ActionInput>> Fields = ActionMerge.Fields(new Dictionary<int, string> { [1] = "Police", [2] = "Housing" });

    private static ActionInput Opened() => new()
    {
        Description = "Audit 50 incident logs (synthetic).",
        OwnerAgencyId = 1,
        LeadOfficer = "Synthetic Inspector",
        TargetDate = new DateOnly(2027, 3, 1),
        Status = ActionStatus.NotStarted,
        Rag = ActionRag.Green,
        Version = Guid.NewGuid(),
    };

    [Fact]
    public void The_status_the_lead_reported_is_taken_my_wording_is_kept_and_the_RAG_we_both_set_is_mine_until_I_choose()
    {
        var opened = Opened();
        var mine = opened.Copy();
        mine.Description = "Audit 60 incident logs, twice a year (synthetic).";
        mine.Rag = ActionRag.Red;
        var theirs = opened.Copy();
        theirs.Version = SavedVersion;
        theirs.Status = ActionStatus.InProgress;
        theirs.Rag = ActionRag.Amber;

        var result = ActionMerge.Merge(Fields, opened, mine, theirs);

        Assert.Equal(["Status"], result.TakenFromThem);
        Assert.Equal(new FieldClash(nameof(ActionInput.Rag), "RAG", "Red", "Amber"), Assert.Single(result.Clashes));
        Assert.Equal(("Audit 60 incident logs, twice a year (synthetic).", ActionStatus.InProgress, ActionRag.Red, (Guid?)SavedVersion),
            (result.Merged.Description, result.Merged.Status, result.Merged.Rag, result.Merged.Version));
    }

    [Fact]
    public void An_owner_agency_both_changed_is_shown_by_its_name_and_my_reason_for_moving_the_date_stays_as_typed()
    {
        var opened = Opened();
        var mine = opened.Copy();
        mine.OwnerAgencyId = 2;
        mine.TargetDate = new DateOnly(2027, 6, 1);
        mine.TargetDateReason = "The audit team starts in April (synthetic).";
        var theirs = opened.Copy();
        theirs.Version = SavedVersion;
        theirs.OwnerAgencyId = 99;

        var result = ActionMerge.Merge(Fields, opened, mine, theirs);

        Assert.Equal(new FieldClash(nameof(ActionInput.OwnerAgencyId), "Owner agency", "Housing", "An agency no longer on the register"),
            Assert.Single(result.Clashes));
        Assert.Empty(result.TakenFromThem);
        Assert.Equal((new DateOnly(2027, 6, 1), "The audit team starts in April (synthetic)."), (result.Merged.TargetDate, result.Merged.TargetDateReason));
    }

    [Fact]
    public void Every_fact_of_the_form_is_merged_and_copied_by_itself() =>
        MergeFieldChecks.EveryPropertyIsMergedAndCopiedAlone(Fields, nameof(ActionInput.Version), nameof(ActionInput.TargetDateReason));
}
