using DhrTracker.Core.Access;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.People;

public sealed class PerpetratorService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser,
    IValidator<PerpetratorInput> validator, TimeProvider time)
    : PersonService<Perpetrator, PerpetratorInput>(dbFactory, currentUser, validator, time)
{
    private protected override string IdField => "PerpetratorId";

    private protected override void CopyOwnFields(PerpetratorInput input, Perpetrator entity, IReadOnlySet<SensitiveFact> readable)
    {
        entity.Age = input.Age;
        entity.PerpetratorSuicide = input.PerpetratorSuicide;
        if (readable.Contains(SensitiveFact.PreviousOffending))
        {
            entity.PreviousOffending = input.PreviousOffending;
        }

        if (readable.Contains(SensitiveFact.OffendingHistory))
        {
            entity.OffendingHistory = string.IsNullOrWhiteSpace(input.OffendingHistory) ? null : input.OffendingHistory.Trim();
        }

        if (readable.Contains(SensitiveFact.CourtOutcome))
        {
            entity.CourtOutcome = input.CourtOutcome ?? CourtOutcome.Unknown;
        }

        // As the victim's: anyone else's form never carries the real name, so leaving it untouched keeps the entry of someone who may.
        if (readable.Contains(SensitiveFact.RealName))
        {
            entity.RealName = string.IsNullOrWhiteSpace(input.RealName) ? null : input.RealName.Trim();
        }
    }

    private protected override IQueryable<Relationship> RelationshipsOf(AppDbContext db, Guid personId) =>
        db.Relationships.Where(r => r.PerpetratorId == personId);
}
