using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.People;

public sealed class PerpetratorService(IDbContextFactory<AppDbContext> dbFactory, CurrentUserLoader currentUser,
    IValidator<PerpetratorInput> validator, TimeProvider time)
    : PersonService<Perpetrator, PerpetratorInput>(dbFactory, currentUser, validator, time)
{
    private protected override string IdField => "PerpetratorId";

    private protected override void CopyOwnFields(PerpetratorInput input, Perpetrator entity, bool realNames)
    {
        entity.Age = input.Age;
        entity.PreviousOffending = input.PreviousOffending;
        entity.OffendingHistory = string.IsNullOrWhiteSpace(input.OffendingHistory) ? null : input.OffendingHistory.Trim();
        entity.CourtOutcome = input.CourtOutcome;
        entity.PerpetratorSuicide = input.PerpetratorSuicide;
    }

    private protected override IQueryable<Relationship> RelationshipsOf(AppDbContext db, Guid personId) =>
        db.Relationships.Where(r => r.PerpetratorId == personId);
}
