using DhrTracker.Core.Access;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.People;

public sealed class VictimService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser,
    IValidator<VictimInput> validator, TimeProvider time)
    : PersonService<Victim, VictimInput>(dbFactory, currentUser, validator, time)
{
    private protected override string IdField => "VictimId";

    private protected override void CopyOwnFields(VictimInput input, Victim entity, IReadOnlySet<SensitiveFact> readable)
    {
        entity.AgeAtDeath = input.AgeAtDeath!.Value;
        entity.DeathType = input.DeathType;
        entity.PseudonymChoice = input.PseudonymChoice;

        // Anyone else's form never carries the real name, so leaving it untouched keeps the entry of someone who may.
        if (readable.Contains(SensitiveFact.RealName))
        {
            entity.RealName = string.IsNullOrWhiteSpace(input.RealName) ? null : input.RealName.Trim();
        }
    }

    private protected override IQueryable<Relationship> RelationshipsOf(AppDbContext db, Guid personId) =>
        db.Relationships.Where(r => r.VictimId == personId);
}
