using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Agencies;

/// <summary>The partnership's register of agencies: read by anyone of the partnership, kept by its Administrators.</summary>
public sealed class AgencyRegister(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<AgencyInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(Agency);

    public async Task<IReadOnlyList<AgencyItem>> ListAsync(bool includeRetired = false, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is not { } partnershipId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Agencies.AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId && (includeRetired || a.IsActive))
            .OrderBy(a => a.Name)
            .Select(a => new AgencyItem(a.Id, a.Name, a.IsActive, a.Version) { Contact = new AgencyContact(a.ContactName, a.ContactEmail, a.ContactPhone) })
            .ToListAsync(ct);
    }

    public async Task<Result<int>> AddAsync(AgencyInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is not { } partnershipId || !ReviewAccess.CanManageAgencies(user, partnershipId))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.Create, Entity, "", AuditOutcome.Denied, ct: ct);
            return Result<int>.Refused("", Refusals.NotPermitted);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<int>.Refused(validation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = input.Name.Trim();
        if (await NameTakenAsync(db, partnershipId, name, null, ct))
        {
            return Result<int>.Refused(nameof(AgencyInput.Name), $"The register already has an agency called '{name}'.");
        }

        // The id exists only after the insert, so the audit row is a second save inside one transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var agency = new Agency
        {
            PartnershipId = partnershipId,
            Name = name,
            IsActive = input.IsActive,
            ContactName = AgencyContact.Clean(input.ContactName),
            ContactEmail = AgencyContact.Clean(input.ContactEmail),
            ContactPhone = AgencyContact.Clean(input.ContactPhone),
        };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(ct);
        db.Record(time, user, AuditActions.Create, Entity, agency.Id.ToString(), detail: "Name, IsActive, contact");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Result<int>.Ok(agency.Id);
    }

    public async Task<Result<int>> UpdateAsync(int id, AgencyInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is not { } partnershipId || !ReviewAccess.CanManageAgencies(user, partnershipId))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.Update, Entity, id.ToString(), AuditOutcome.Denied, ct: ct);
            return Result<int>.Refused("", Refusals.NotPermitted);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<int>.Refused(validation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == id && a.PartnershipId == partnershipId, ct);
        if (agency is null)
        {
            await db.RecordDeniedAsync(time, user, AuditActions.Update, Entity, id.ToString(), ct);
            throw new NotFoundException("The agency");
        }

        var name = input.Name.Trim();
        if (await NameTakenAsync(db, partnershipId, name, id, ct))
        {
            return Result<int>.Refused(nameof(AgencyInput.Name), $"The register already has an agency called '{name}'.");
        }

        db.ExpectVersion(agency, input.Version);
        var changed = new List<string>();
        if (agency.Name != name) { agency.Name = name; changed.Add(nameof(Agency.Name)); }
        if (agency.IsActive != input.IsActive) { agency.IsActive = input.IsActive; changed.Add(nameof(Agency.IsActive)); }
        if (agency.ContactName != AgencyContact.Clean(input.ContactName)) { agency.ContactName = AgencyContact.Clean(input.ContactName); changed.Add(nameof(Agency.ContactName)); }
        if (agency.ContactEmail != AgencyContact.Clean(input.ContactEmail)) { agency.ContactEmail = AgencyContact.Clean(input.ContactEmail); changed.Add(nameof(Agency.ContactEmail)); }
        if (agency.ContactPhone != AgencyContact.Clean(input.ContactPhone)) { agency.ContactPhone = AgencyContact.Clean(input.ContactPhone); changed.Add(nameof(Agency.ContactPhone)); }
        db.Record(time, user, AuditActions.Update, Entity, id.ToString(), detail: string.Join(", ", changed));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<int>.Refused("", Refusals.Conflict);
        }

        return Result<int>.Ok(id);
    }

    private static Task<bool> NameTakenAsync(AppDbContext db, int partnershipId, string name, int? exceptId, CancellationToken ct) =>
        db.Agencies.AnyAsync(a => a.PartnershipId == partnershipId && a.Id != exceptId && a.Name.ToLower() == name.ToLower(), ct);
}
