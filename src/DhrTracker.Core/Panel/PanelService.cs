using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Panel;

/// <summary>
/// The panel of a review, kept by the partnership's coordinators. For a PanelMember a seat is what
/// grants access, read afresh on every request, so changes apply on their next request.
/// </summary>
public sealed class PanelService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<PanelMemberInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(PanelMembership);

    /// <summary>Roles whose holders may sit on a panel. AgencyLeads are kept off: they must never see victim details.</summary>
    private static readonly string[] SeatRoles = [Roles.PanelMember, Roles.Coordinator, Roles.Manager];

    /// <summary>Null when the review does not exist or the user may not see it.</summary>
    public async Task<PanelView?> ListAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        db.Record(time, user, AuditActions.List, Entity, reviewId.ToString(), review is null ? AuditOutcome.Denied : AuditOutcome.Succeeded,
            reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            return null;
        }

        var rows = await db.PanelMemberships.AsNoTracking().Where(p => p.ReviewId == reviewId)
            .Select(p => new PanelMemberItem(p.Id, p.UserId,
                db.Users.Where(u => u.Id == p.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                p.AgencyId, p.Agency!.Name, p.Role, p.Version))
            .ToListAsync(ct);
        var members = rows.OrderBy(r => r.Role == PanelRole.Chair ? 0 : r.Role == PanelRole.Author ? 1 : 2).ThenBy(r => r.DisplayName).ToList();
        return new PanelView(members, ReviewAccess.CanChange(user, review));
    }

    /// <summary>People of the partnership who could join this review's panel; empty unless the user may change the panel.</summary>
    public async Task<IReadOnlyList<PanelCandidate>> CandidatesAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        if (review is null || !ReviewAccess.CanChange(user, review))
        {
            await db.RecordDeniedAsync(time, user, AuditActions.List, nameof(PanelCandidate), reviewId.ToString(), ct);
            return [];
        }

        return await EligibleUsers(db, review.PartnershipId)
            .Where(u => !db.PanelMemberships.Any(p => p.ReviewId == reviewId && p.UserId == u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new PanelCandidate(u.Id, u.DisplayName))
            .ToListAsync(ct);
    }

    public async Task<Result<Guid>> AddAsync(Guid reviewId, PanelMemberInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckChangeAsync(db, time, user, reviewId, AuditActions.Create, Entity, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var errors = await CheckAsync(db, user.PartnershipId!.Value, reviewId, null, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var seat = new PanelMembership { Id = Guid.NewGuid(), ReviewId = reviewId, UserId = input.UserId!, AgencyId = input.RepresentsAgencyId, Role = input.Role };
        db.PanelMemberships.Add(seat);
        db.Record(time, user, AuditActions.Create, Entity, seat.Id.ToString(), detail: $"Review {reviewId}, user {seat.UserId}, {seat.Role}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(seat)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Panel, $"{await NameOfAsync(db, seat, ct)} joined the panel as {RoleWord(seat.Role)}");
        return await SaveAsync(db, seat.Id, ct);
    }

    public async Task<Result<Guid>> UpdateAsync(Guid reviewId, Guid id, PanelMemberInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckChangeAsync(db, time, user, reviewId, AuditActions.Update, Entity, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var seat = await db.PanelMemberships.SingleOrDefaultAsync(p => p.Id == id && p.ReviewId == reviewId, ct)
            ?? throw new NotFoundException("The panel member");
        input.UserId = seat.UserId;
        var errors = await CheckAsync(db, user.PartnershipId!.Value, reviewId, id, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        db.ExpectVersion(seat, input.Version);
        var wasRole = seat.Role;
        seat.AgencyId = input.RepresentsAgencyId;
        seat.Role = input.Role;
        db.Record(time, user, AuditActions.Update, Entity, id.ToString(), detail: "AgencyId, Role",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(seat)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Panel, wasRole == seat.Role
            ? $"{await NameOfAsync(db, seat, ct)}'s panel seat changed"
            : $"{await NameOfAsync(db, seat, ct)} now sits on the panel as {RoleWord(seat.Role)}");
        return await SaveAsync(db, id, ct);
    }

    public async Task<Result<Guid>> RemoveAsync(Guid reviewId, Guid id, Guid version, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckChangeAsync(db, time, user, reviewId, AuditActions.Delete, Entity, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var seat = await db.PanelMemberships.SingleOrDefaultAsync(p => p.Id == id && p.ReviewId == reviewId, ct)
            ?? throw new NotFoundException("The panel member");
        db.RequireVersion(seat, version);
        db.PanelMemberships.Remove(seat);
        db.Record(time, user, AuditActions.Delete, Entity, id.ToString(), detail: $"Review {reviewId}, user {seat.UserId}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(seat)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Panel, $"{await NameOfAsync(db, seat, ct)} left the panel");
        return await SaveAsync(db, id, ct);
    }

    /// <summary>Case-role holders of the partnership, less anyone an Administrator kept off panels or disabled.</summary>
    private static IQueryable<AppUser> EligibleUsers(AppDbContext db, int partnershipId) =>
        db.Users.Where(u => u.PartnershipId == partnershipId && !u.ExcludedFromPanels && u.DisabledUtc == null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && SeatRoles.Contains(r.Name!))));

    private async Task<List<FieldError>> CheckAsync(AppDbContext db, int partnershipId, Guid reviewId, Guid? seatId,
        PanelMemberInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        if (!await EligibleUsers(db, partnershipId).AnyAsync(u => u.Id == input.UserId, ct))
        {
            errors.Add(new(nameof(PanelMemberInput.UserId), "Choose a panel member, coordinator or manager of this partnership."));
        }
        else if (seatId is null && await db.PanelMemberships.AnyAsync(p => p.ReviewId == reviewId && p.UserId == input.UserId, ct))
        {
            errors.Add(new(nameof(PanelMemberInput.UserId), "This person already sits on the panel."));
        }

        if (input.RepresentsAgencyId is { } agencyId
            && !await db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == partnershipId && a.IsActive, ct))
        {
            errors.Add(new(nameof(PanelMemberInput.RepresentsAgencyId), "Choose an agency from the partnership's register."));
        }

        if (input.Role == PanelRole.Chair
            && await db.PanelMemberships.AnyAsync(p => p.ReviewId == reviewId && p.Id != seatId && p.Role == PanelRole.Chair, ct))
        {
            errors.Add(new(nameof(PanelMemberInput.Role), "This review already has a chair. Change the current chair's role first."));
        }

        return errors;
    }

    /// <summary>Panel members are users, so their names may be on the timeline; kept as at the time, like the line's author.</summary>
    private static async Task<string> NameOfAsync(AppDbContext db, PanelMembership seat, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == seat.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? "A former user";

    internal static string RoleWord(PanelRole role) => role.ToString().ToLowerInvariant();

    private static async Task<Result<Guid>> SaveAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(id);
        }
        catch (DbUpdateException)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }
    }
}
