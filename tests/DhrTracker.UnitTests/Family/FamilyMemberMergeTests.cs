using DhrTracker.Core.Common;
using DhrTracker.Core.Family;
using DhrTracker.UnitTests.Common;

namespace DhrTracker.UnitTests.Family;

/// <summary>A coordinator and the chair update one family member's record at once: neither loses a fact (R19, ADR 0408).</summary>
public sealed class FamilyMemberMergeTests
{
    private static readonly Guid SavedVersion = Guid.NewGuid();

    private static FamilyMemberInput Opened() => new()
    {
        Role = NetworkRole.Sibling,
        Pseudonym = "Sister",
        Consent = ContactConsent.NotAsked,
        Version = Guid.NewGuid(),
    };

    [Fact]
    public void The_leaflet_date_they_recorded_is_taken_my_consent_is_kept_and_the_advocacy_service_we_both_named_is_mine_until_I_choose()
    {
        var opened = Opened();
        var mine = opened.Copy();
        mine.Consent = ContactConsent.Given;
        mine.AdvocacyOrganisation = "Synthetic Advocacy Trust";
        var theirs = opened.Copy();
        theirs.Version = SavedVersion;
        theirs.LeafletGivenOn = new DateOnly(2026, 11, 20);
        theirs.AdvocacyOrganisation = "Synthetic Family Support";

        var result = FamilyMemberMerge.Merge(opened, mine, theirs);

        Assert.Equal(["Home Office leaflet given"], result.TakenFromThem);
        Assert.Equal(new FieldClash(nameof(FamilyMemberInput.AdvocacyOrganisation), "Advocacy service", "Synthetic Advocacy Trust", "Synthetic Family Support"),
            Assert.Single(result.Clashes));
        Assert.Equal((ContactConsent.Given, new DateOnly(2026, 11, 20), "Synthetic Advocacy Trust", (Guid?)SavedVersion),
            (result.Merged.Consent, result.Merged.LeafletGivenOn, result.Merged.AdvocacyOrganisation, result.Merged.Version));
    }

    [Fact]
    public void Every_fact_of_the_form_is_merged_and_copied_by_itself() =>
        MergeFieldChecks.EveryPropertyIsMergedAndCopiedAlone(FamilyMemberMerge.Fields, nameof(FamilyMemberInput.Version));
}
