using DhrTracker.Core.Data;

namespace DhrTracker.Core.Reviews;

/// <summary>Loads what <see cref="DardrScopeTest"/> needs from a review's People tab (ages are not restricted facts).</summary>
internal static class DardrScopeFacts
{
    public static async Task<IReadOnlyList<FieldError>> CheckAsync(AppDbContext db, Guid reviewId, CancellationToken ct)
    {
        var victims = await db.Victims.AsNoTracking().Where(v => v.ReviewId == reviewId).OrderBy(v => v.Pseudonym)
            .Select(v => new ScopeTestPerson(v.Id, v.Pseudonym, v.AgeAtDeath)).ToListAsync(ct);
        var perpetrators = await db.Perpetrators.AsNoTracking().Where(p => p.ReviewId == reviewId).OrderBy(p => p.Pseudonym)
            .Select(p => new ScopeTestPerson(p.Id, p.Pseudonym, p.Age)).ToListAsync(ct);
        var relationships = await db.Relationships.AsNoTracking().Where(r => r.ReviewId == reviewId)
            .Select(r => new { r.VictimId, r.PerpetratorId, r.Kind }).ToListAsync(ct);
        return DardrScopeTest.Check(victims, perpetrators, relationships.Select(r => (r.VictimId, r.PerpetratorId, r.Kind)).ToList());
    }
}
