using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DhrTracker.IntegrationTests.Retention;

/// <summary>
/// R21 "0 orphans" the day someone adds a table: every table that hangs off a review, however deep, or
/// that a review's rows point at for files, must be one the purge test counts (and so the purge removes).
/// </summary>
public sealed class RetentionCoverageTests
{
    [Fact]
    public async Task R21_every_table_that_belongs_to_a_review_is_covered_by_the_purge_test()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:").Configure(options);
        await using var db = new AppDbContext(options.Options);

        var belongs = new HashSet<IEntityType> { db.Model.FindEntityType(typeof(Review))! };
        bool grew;
        do
        {
            var more = db.Model.GetEntityTypes().Where(t => !belongs.Contains(t)
                && (t.GetForeignKeys().Any(fk => belongs.Contains(fk.PrincipalEntityType))
                    // A file (and its bytes) is the review's when one of the review's rows points at it.
                    || (t.ClrType.Namespace!.EndsWith(".Files", StringComparison.Ordinal)
                        && belongs.Any(b => b.GetForeignKeys().Any(fk => fk.PrincipalEntityType == t)))))
                .ToList();
            belongs.UnionWith(more);
            grew = more.Count > 0;
        }
        while (grew);

        // The tables RetentionServiceTests.ReviewRowsAsync counts, by entity name.
        var counted = new[]
        {
            "Review", "ReviewPause", "ParallelProceeding", "ReviewEvent", "Victim", "Perpetrator", "Relationship", "Circumstances",
            "ReviewAgency", "PanelMembership", "Finding", "FindingTheme", "ReviewThemeSet", "ReviewKeyTheme", "Recommendation",
            "RecommendationFinding", "RecommendationTheme", "ActionItem", "ActionUpdate", "ActionEvidence", "ActionTargetRevision",
            "ActionHistoryEntry", "ReviewDocument", "DocumentVersion", "StoredFile", "StoredFileContent",
            "SubmissionChase", "PanelMeeting", "PanelMeetingAttendance", "QaDevelopmentArea", "FamilyMember", "InvolvementEntry",
            "NameHitAcceptance", "FormDraft",
        };
        Assert.Equal(counted.Order(), belongs.Select(t => t.ClrType.Name).Order());
    }
}
