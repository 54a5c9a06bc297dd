using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Panel;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Access;

/// <summary>
/// R3 per child record type, and R19 for removes. An id that belongs to another review, or to another
/// partnership, is "not found" and changes nothing, through every door that takes one. A remove with
/// a stale or a missing version is refused as a conflict and changes nothing, exactly as an edit is.
/// </summary>
/// <remarks>
/// A door that names its review is tried on review A1 with the child's id from A2 (as A's coordinator,
/// who may work on both: the id must still belong to the review named) and from B1. A door that takes
/// only the child's id is tried with A2's id as the panel member (who sits on A1 only) and with B1's as A's coordinator.
/// </remarks>
public sealed class ChildRecordTests(AccessMatrixWorlds worlds) : IClassFixture<AccessMatrixWorlds>
{
    private const string ChildLookup = "a child looked up under a review the caller may see: issue 10 item 3 audits such attempts";
    private const string Conflict = "a conflict is not a denial: the caller may remove the record, just not a version they did not see";

    private const string OtherReview = "another review";
    private const string OtherPartnership = "another partnership";

    /// <summary>Child type, whose id it is, the caller who tries it, and the door called with that id.</summary>
    private static readonly (string Child, string From, Caller Caller, Door Door)[] ForeignIds =
    [
        .. Both("victim", Caller.Coordinator, c => Door.Of<VictimService>((s, w) => s.UpdateAsync(w.A1.ReviewId, c(w).VictimId,
            new VictimInput { Pseudonym = "Adult Changed", AgeAtDeath = 40, Version = w.VersionOf<Victim>(c(w).VictimId) }, default), Everyone)),
        .. Both("victim", Caller.Coordinator, c => Door.Of<VictimService>((s, w) => s.RemoveAsync(w.A1.ReviewId, c(w).SpareVictimId,
            w.VersionOf<Victim>(c(w).SpareVictimId), default), Everyone)),
        .. Both("perpetrator", Caller.Coordinator, c => Door.Of<PerpetratorService>((s, w) => s.UpdateAsync(w.A1.ReviewId, c(w).PerpetratorId,
            new PerpetratorInput { Pseudonym = "Adult Changed", Version = w.VersionOf<Perpetrator>(c(w).PerpetratorId) }, default), Everyone)),
        .. Both("perpetrator", Caller.Coordinator, c => Door.Of<PerpetratorService>((s, w) => s.RemoveAsync(w.A1.ReviewId, c(w).SparePerpetratorId,
            w.VersionOf<Perpetrator>(c(w).SparePerpetratorId), default), Everyone)),
        .. Both("relationship", Caller.Coordinator, c => Door.Of<RelationshipService>((s, w) => s.RemoveAsync(w.A1.ReviewId, c(w).RelationshipId,
            w.VersionOf<Relationship>(c(w).RelationshipId), default), Everyone)),
        .. Both("agency involvement", Caller.Coordinator, c => Door.Of<ReviewAgencyService>((s, w) => s.UpdateAsync(w.A1.ReviewId, c(w).ReviewAgencyId,
            new ReviewAgencyInput { AgencyId = w.Police, ContactWithVictim = true, Version = w.VersionOf<ReviewAgency>(c(w).ReviewAgencyId) }, default), Everyone)),
        .. Both("agency involvement", Caller.Coordinator, c => Door.Of<ReviewAgencyService>((s, w) => s.RemoveAsync(w.A1.ReviewId, c(w).ReviewAgencyId,
            w.VersionOf<ReviewAgency>(c(w).ReviewAgencyId), default), Everyone)),
        .. Both("panel seat", Caller.Coordinator, c => Door.Of<PanelService>((s, w) => s.UpdateAsync(w.A1.ReviewId, c(w).SeatId,
            new PanelMemberInput { Role = PanelRole.Author, Version = w.VersionOf<PanelMembership>(c(w).SeatId) }, default), Everyone)),
        .. Both("panel seat", Caller.Coordinator, c => Door.Of<PanelService>((s, w) => s.RemoveAsync(w.A1.ReviewId, c(w).SeatId,
            w.VersionOf<PanelMembership>(c(w).SeatId), default), Everyone)),
        .. Both("recommendation", Caller.Coordinator, c => Door.Of<ActionPlanService>((s, w) => s.UpdateRecommendationAsync(w.A1.ReviewId, c(w).RecommendationId,
            Inputs.Recommendation(1, w.VersionOf<Recommendation>(c(w).RecommendationId)), default), Everyone)),
        .. Both("proceeding", Caller.Coordinator, c => Door.Of<ReviewLifecycleService>((s, w) => s.RemoveProceedingAsync(w.A1.ReviewId, c(w).ProceedingId,
            w.VersionOf<Review>(w.A1.ReviewId), default), Everyone)),
        .. Both("document", Caller.Coordinator, c => Door.Of<ReviewDocumentService>((s, w) => s.UploadAsync(w.A1.ReviewId,
            new DocumentUploadInput { DocumentId = c(w).DocumentId, Kind = DocumentKind.Imr, Title = "Police IMR" }, CaseFile.Pdf(), default), Everyone)),
        .. Split("document", c => Door.Of<ReviewDocumentService>((s, w) => s.DownloadAsync(c(w).DocumentVersionId, default), Everyone)),
        .. Split("finding", c => Door.Of<FindingService>((s, w) => s.UpdateAsync(c(w).FindingId,
            Inputs.Finding(w, w.VersionOf<Finding>(c(w).FindingId)), default), Everyone)),
        .. Split("recommendation", c => Door.Of<ActionPlanService>((s, w) => s.AddActionAsync(c(w).RecommendationId,
            CaseFile.NewAction(w.Police, new DateOnly(2027, 6, 30)), default), Everyone)),
        .. Split("action", c => Door.Of<ActionProgressService>((s, w) => s.GetAsync(c(w).PoliceAction, default), Everyone)),
        .. Split("action", c => Door.Of<ActionPlanService>((s, w) => s.UpdateActionAsync(c(w).PoliceAction, Inputs.ActionOf(w, c(w).PoliceAction), default), Everyone)),
        .. Split("action", c => Door.Of<ActionPlanService>((s, w) => s.CancelActionAsync(c(w).PoliceAction,
            new CancelActionInput { Reason = "No longer needed.", Version = w.VersionOf<ActionItem>(c(w).PoliceAction) }, default), Everyone)),
        .. Split("action", c => Door.Of<ActionPlanService>((s, w) => s.SignOffAsync(c(w).DoneAction, w.VersionOf<ActionItem>(c(w).DoneAction), default), Everyone)),
        .. Split("action", c => Door.Of<ActionProgressService>((s, w) => s.MarkCompleteAsync(c(w).PoliceAction,
            new CompleteActionInput { Outcome = "Done.", Version = w.VersionOf<ActionItem>(c(w).PoliceAction) }, default), Everyone)),
        .. Split("action update", c => Door.Of<ActionProgressService>((s, w) => s.PostUpdateAsync(c(w).PoliceAction,
            new ProgressUpdateInput { Date = new DateOnly(2026, 11, 26), Text = "Progress." }, CaseFile.Pdf(), default), Everyone)),
        .. Split("action update", c => Door.Of<ActionProgressService>((s, w) => s.DownloadEvidenceAsync(c(w).EvidenceId, default), Everyone)),
    ];

    /// <summary>Every remove door of the services, with the version it must check.</summary>
    private static readonly (string Child, Func<Func<TestWorld, Guid>, Door> Door)[] Removes =
    [
        ("victim", v => Door.Of<VictimService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.SpareVictimId, v(w), default), Refused)),
        ("perpetrator", v => Door.Of<PerpetratorService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.SparePerpetratorId, v(w), default), Refused)),
        ("relationship", v => Door.Of<RelationshipService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.RelationshipId, v(w), default), Refused)),
        ("agency involvement", v => Door.Of<ReviewAgencyService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.ReviewAgencyId, v(w), default), Refused)),
        ("panel seat", v => Door.Of<PanelService>((s, w) => s.RemoveAsync(w.A1.ReviewId, w.A1.SeatId, v(w), default), Refused)),
        ("proceeding", v => Door.Of<ReviewLifecycleService>((s, w) => s.RemoveProceedingAsync(w.A1.ReviewId, w.A1.ProceedingId, v(w), default), Refused)),
    ];

    private static Outcomes Everyone => Outcomes.Everyone(Outcome.NotFound);

    private static Outcomes Refused => Outcomes.Everyone(Outcome.Refused);

    public static TheoryData<DatabaseProvider, int, string> ForeignIdCases()
    {
        var data = new TheoryData<DatabaseProvider, int, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            for (var i = 0; i < ForeignIds.Length; i++)
            {
                var (child, from, caller, door) = ForeignIds[i];
                data.Add(provider, i, $"{door.Name}: {child} of {from}, as {caller}");
            }
        }

        return data;
    }

    public static TheoryData<DatabaseProvider, string, string> RemoveCases()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            foreach (var (child, _) in Removes)
            {
                data.Add(provider, child, "stale");
                data.Add(provider, child, "missing");
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(ForeignIdCases))]
    public Task An_id_from_another_review_or_partnership_is_not_found_and_changes_nothing(DatabaseProvider provider, int index, string tried)
    {
        var (_, _, caller, door) = ForeignIds[index];
        Assert.StartsWith(door.Name, tried);
        return worlds.RunAsync(provider, door.Unaudited(ChildLookup), caller);
    }

    [Theory, MemberData(nameof(RemoveCases))]
    public Task A_remove_with_a_stale_or_missing_version_is_refused_and_removes_nothing(DatabaseProvider provider, string child, string version)
    {
        var door = Removes.Single(r => r.Child == child).Door(version == "stale" ? _ => Guid.NewGuid() : _ => Guid.Empty);
        return worlds.RunAsync(provider, door.Writes().Unaudited(Conflict), Caller.Coordinator);
    }

    [Fact]
    public void Every_child_type_is_tried_with_both_kinds_of_foreign_id()
    {
        string[] children = ["victim", "perpetrator", "relationship", "agency involvement", "panel seat", "finding", "recommendation", "action",
            "action update", "document"];
        Assert.All(children, c => Assert.Contains(ForeignIds, f => f.Child == c && f.From == OtherReview));
        Assert.All(children, c => Assert.Contains(ForeignIds, f => f.Child == c && f.From == OtherPartnership));
    }

    /// <summary>The same door tried with A2's id and with B1's, both as <paramref name="caller"/>.</summary>
    private static IEnumerable<(string, string, Caller, Door)> Both(string child, Caller caller, Func<Func<TestWorld, CaseFile>, Door> door) =>
        [(child, OtherReview, caller, door(w => w.A2)), (child, OtherPartnership, caller, door(w => w.B1))];

    /// <summary>A door taking only the child's id: A2's id as the panel member (not seated on A2), B1's as A's coordinator.</summary>
    private static IEnumerable<(string, string, Caller, Door)> Split(string child, Func<Func<TestWorld, CaseFile>, Door> door) =>
        [(child, OtherReview, Caller.PanelMember, door(w => w.A2)), (child, OtherPartnership, Caller.Coordinator, door(w => w.B1))];
}
