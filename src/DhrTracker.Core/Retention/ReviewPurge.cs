using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Data;
using DhrTracker.Core.Drafts;
using DhrTracker.Core.Family;
using DhrTracker.Core.NamesCheck;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Retention;

/// <summary>
/// Removes one review and everything that hangs off it, children before parents (several links are
/// Restrict so that nothing else ever removes case content by cascade). The caller holds the
/// transaction. Audit entries stay; only their before/after values go (ADR 0304, 0305).
/// </summary>
internal static class ReviewPurge
{
    public static async Task<PurgeCounts> RunAsync(AppDbContext db, Guid reviewId, CancellationToken ct)
    {
        var actions = db.Actions.Where(a => a.ReviewId == reviewId).Select(a => a.Id);
        var documents = db.ReviewDocuments.Where(d => d.ReviewId == reviewId).Select(d => d.Id);
        var recommendations = db.Recommendations.Where(r => r.ReviewId == reviewId).Select(r => r.Id);
        var findings = db.Findings.Where(f => f.ReviewId == reviewId).Select(f => f.Id);

        // Files are read before the rows that point at them go; each belongs to one version or one piece of evidence.
        var files = await db.DocumentVersions.Where(v => documents.Contains(v.DocumentId)).Select(v => v.FileId)
            .Concat(db.ActionEvidence.Where(e => actions.Contains(e.ActionId)).Select(e => e.FileId))
            .ToListAsync(ct);

        var rows = 0;
        rows += await db.ActionHistory.Where(h => actions.Contains(h.ActionId)).ExecuteDeleteAsync(ct);
        rows += await db.ActionUpdates.Where(u => actions.Contains(u.ActionId)).ExecuteDeleteAsync(ct);
        rows += await db.ActionEvidence.Where(e => actions.Contains(e.ActionId)).ExecuteDeleteAsync(ct);
        rows += await db.ActionTargetRevisions.Where(r => actions.Contains(r.ActionId)).ExecuteDeleteAsync(ct);
        rows += await db.Actions.Where(a => a.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Set<RecommendationFinding>().Where(f => recommendations.Contains(f.RecommendationId)).ExecuteDeleteAsync(ct);
        rows += await db.Set<RecommendationTheme>().Where(t => recommendations.Contains(t.RecommendationId)).ExecuteDeleteAsync(ct);
        rows += await db.Recommendations.Where(r => r.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.FindingThemes.Where(t => findings.Contains(t.FindingId)).ExecuteDeleteAsync(ct);
        rows += await db.Findings.Where(f => f.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.ReviewKeyThemes.Where(k => k.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.ReviewThemeSets.Where(s => s.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Relationships.Where(r => r.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Victims.Where(v => v.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Perpetrators.Where(p => p.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Circumstances.Where(c => c.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Set<SubmissionChase>()
            .Where(c => db.ReviewAgencies.Any(a => a.Id == c.ReviewAgencyId && a.ReviewId == reviewId)).ExecuteDeleteAsync(ct);
        rows += await db.ReviewAgencies.Where(a => a.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Set<PanelMeetingAttendance>()
            .Where(a => db.Set<PanelMeeting>().Any(m => m.Id == a.MeetingId && m.ReviewId == reviewId)).ExecuteDeleteAsync(ct);
        rows += await db.Set<PanelMeeting>().Where(m => m.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Set<QaDevelopmentArea>().Where(a => a.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Set<InvolvementEntry>().Where(e => e.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Set<FamilyMember>().Where(m => m.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.PanelMemberships.Where(p => p.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Set<FormDraft>().Where(d => d.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.Set<NameHitAcceptance>()
            .Where(a => db.DocumentVersions.Any(v => v.Id == a.DocumentVersionId && documents.Contains(v.DocumentId))).ExecuteDeleteAsync(ct);
        rows += await db.DocumentVersions.Where(v => documents.Contains(v.DocumentId)).ExecuteDeleteAsync(ct);
        rows += await db.ReviewDocuments.Where(d => d.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.ReviewPauses.Where(p => p.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.ParallelProceedings.Where(p => p.ReviewId == reviewId).ExecuteDeleteAsync(ct);
        rows += await db.ReviewEvents.Where(e => e.ReviewId == reviewId).ExecuteDeleteAsync(ct);

        // A file is removed only once nothing points at it any more, so a file shared by mistake is never lost from under another review.
        var orphaned = db.StoredFiles.Where(f => files.Contains(f.Id)
            && !db.DocumentVersions.Any(v => v.FileId == f.Id) && !db.ActionEvidence.Any(e => e.FileId == f.Id)).Select(f => f.Id);
        await db.StoredFileContents.Where(c => orphaned.Contains(c.FileId)).ExecuteDeleteAsync(ct);
        var removedFiles = await db.StoredFiles.Where(f => files.Contains(f.Id)
            && !db.DocumentVersions.Any(v => v.FileId == f.Id) && !db.ActionEvidence.Any(e => e.FileId == f.Id)).ExecuteDeleteAsync(ct);

        var auditValues = await db.AuditChanges
            .Where(c => db.AuditEntries.Any(e => e.Id == c.AuditEntryId && e.ReviewId == reviewId)).ExecuteDeleteAsync(ct);
        rows += await db.Reviews.Where(r => r.Id == reviewId).ExecuteDeleteAsync(ct);
        return new PurgeCounts(rows, removedFiles, auditValues);
    }
}
