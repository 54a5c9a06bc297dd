using DhrTracker.Core.Access;
using DhrTracker.Core.Data;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Family;
using DhrTracker.Core.Files;

namespace DhrTracker.Core.NamesCheck;

/// <summary>
/// The check itself (ADR 0396): the latest version of every report of a review, read on the server, against every real
/// name and contact detail the review holds now, with the acceptances recorded for that version. Reads only; the
/// caller decides who may see what it found.
/// </summary>
internal static class NamesScan
{
    /// <summary>The documents that leave the partnership as the review's report, or shape it (ADR 0396).</summary>
    public static readonly IReadOnlySet<DocumentKind> Checked =
        new HashSet<DocumentKind> { DocumentKind.TermsOfReference, DocumentKind.DraftOverviewReport, DocumentKind.ExecutiveSummary };

    private sealed record HeldPerson(Guid Id, string Label, SensitiveFact Fact);

    public static async Task<IReadOnlyList<CheckedDocument>> RunAsync(AppDbContext db, Guid reviewId, CancellationToken ct)
    {
        var kinds = Checked.ToList();
        var latest = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Document!.ReviewId == reviewId && kinds.Contains(v.Document.Kind)
                && v.Number == db.DocumentVersions.Where(o => o.DocumentId == v.DocumentId).Max(o => o.Number))
            .Select(v => new { v.DocumentId, v.Document!.Kind, v.Document.Title, v.Id, v.Number, v.FileId })
            .ToListAsync(ct);
        if (latest.Count == 0)
        {
            return [];
        }

        var (people, terms) = await HeldAsync(db, reviewId, ct);
        var versionIds = latest.Select(v => v.Id).ToList();
        var acceptances = await db.Set<NameHitAcceptance>().AsNoTracking().Where(a => versionIds.Contains(a.DocumentVersionId)).ToListAsync(ct);
        var acceptors = acceptances.Select(a => a.AcceptedByUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => acceptors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var checkedDocuments = new List<CheckedDocument>();
        foreach (var version in latest.OrderBy(v => v.Kind).ThenBy(v => v.Title))
        {
            var file = await FileStore.ReadAsync(db, version.FileId, ct);
            var text = file is null ? DocumentText.Unreadable("Its file is missing. Upload it again.") : DocumentTextReader.Read(file.FileName, file.Bytes);
            var hits = NamesMatcher.Find(text.Passages, terms).Select(m =>
            {
                var person = people[m.PersonId];
                var accepted = acceptances.FirstOrDefault(a => a.DocumentVersionId == version.Id && a.PersonId == m.PersonId
                    && a.Detail == m.Detail && a.Location == m.Location);
                return new NameHit(version.Id, m.PersonId, m.Detail, person.Fact, person.Label, m.Location, string.Join("; ", m.Found),
                    accepted is null ? null : new AcceptedHit(accepted.Reason, names.GetValueOrDefault(accepted.AcceptedByUserId) ?? "", accepted.AcceptedUtc));
            }).ToList();
            checkedDocuments.Add(new(version.DocumentId, version.Kind, version.Title, version.Id, version.Number, text.Problem, hits));
        }

        return checkedDocuments;
    }

    /// <summary>
    /// Every identifying detail the review holds now, through one list: the victims' and perpetrators' real names, and the family
    /// and network's real names and contact details. The product holds no dates of birth or victims' addresses (ADR 0396);
    /// a field that holds one is added here.
    /// </summary>
    private static async Task<(Dictionary<Guid, HeldPerson> People, List<NameTerm> Terms)> HeldAsync(AppDbContext db, Guid reviewId, CancellationToken ct)
    {
        var people = new Dictionary<Guid, HeldPerson>();
        var terms = new List<NameTerm>();
        var victims = await db.Victims.AsNoTracking().Where(v => v.ReviewId == reviewId && v.RealName != null)
            .Select(v => new { v.Id, v.Pseudonym, v.RealName }).ToListAsync(ct);
        foreach (var victim in victims)
        {
            people[victim.Id] = new(victim.Id, $"Victim: {victim.Pseudonym}", SensitiveFact.RealName);
            terms.AddRange(NameTerms.ForRealName(victim.Id, victim.RealName));
        }

        var perpetrators = await db.Perpetrators.AsNoTracking().Where(p => p.ReviewId == reviewId && p.RealName != null)
            .Select(p => new { p.Id, p.Pseudonym, p.RealName }).ToListAsync(ct);
        foreach (var perpetrator in perpetrators)
        {
            people[perpetrator.Id] = new(perpetrator.Id, $"Perpetrator: {perpetrator.Pseudonym}", SensitiveFact.RealName);
            terms.AddRange(NameTerms.ForRealName(perpetrator.Id, perpetrator.RealName));
        }

        var family = await db.Set<FamilyMember>().AsNoTracking()
            .Where(m => m.ReviewId == reviewId && (m.RealName != null || m.ContactDetails != null))
            .Select(m => new { m.Id, m.Role, m.Pseudonym, m.RealName, m.ContactDetails }).ToListAsync(ct);
        foreach (var member in family)
        {
            people[member.Id] = new(member.Id, FamilyWords.Name(member.Role, member.Pseudonym), SensitiveFact.FamilyIdentity);
            terms.AddRange(NameTerms.ForRealName(member.Id, member.RealName));
            terms.AddRange(NameTerms.ForContactDetails(member.Id, member.ContactDetails));
        }

        return (people, terms);
    }
}
