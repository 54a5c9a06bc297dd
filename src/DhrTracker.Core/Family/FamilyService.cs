using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Family;

/// <summary>
/// The victim's family and wider network on a review (issue 14 item 1, ADR 0391): read by whoever reads the review, by
/// relationship and pseudonym; real names and contact details only as <see cref="SensitiveFact.FamilyIdentity"/> allows;
/// recorded by the partnership's Coordinators and the review's chair. Each change saves its audit row and timeline line with it, or nothing.
/// </summary>
public sealed class FamilyService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<FamilyMemberInput> validator,
    TimeProvider time)
{
    public const string Entity = nameof(FamilyMember);

    /// <summary>What an audit row of reading the section names.</summary>
    public const string ViewEntity = "ReviewFamily";

    /// <summary>Null when the review does not exist or the user may not see it. The view is audited.</summary>
    public async Task<FamilyView?> GetAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        db.Record(time, user, AuditActions.View, ViewEntity, reviewId.ToString(), review is null ? AuditOutcome.Denied : AuditOutcome.Succeeded,
            reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            return null;
        }

        var readable = ReviewAccess.ReadableFacts(user, review);
        var members = await db.Set<FamilyMember>().AsNoTracking().Where(m => m.ReviewId == reviewId).ToListAsync(ct);
        var log = await db.Set<InvolvementEntry>().AsNoTracking().Where(e => e.ReviewId == reviewId).ToListAsync(ct);
        var names = members.ToDictionary(m => m.Id, m => FamilyWords.Name(m.Role, m.Pseudonym));
        return new FamilyView(
            reviewId,
            members.OrderBy(m => m.Role).ThenBy(m => m.Pseudonym)
                .Select(m => new FamilyMemberView(m.Id, m.Role, m.Pseudonym, ToInput(m, readable.Contains(SensitiveFact.FamilyIdentity)), m.Version))
                .ToList(),
            log.OrderByDescending(e => e.On).ThenByDescending(e => e.CreatedUtc)
                .Select(e => new InvolvementItem(e.Id, e.Step, e.On, e.FamilyMemberId, names[e.FamilyMemberId], e.Method, e.Declined, e.Notes, e.Response, e.Version))
                .ToList(),
            InvolvementSteps.For(members, log, review.FamilyToldOfPublicationOn),
            ReviewAccess.CanManageFamily(user, review),
            readable.Contains(SensitiveFact.FamilyIdentity) ? [] : [SensitiveFact.FamilyIdentity]);
    }

    public async Task<Result<Guid>> AddMemberAsync(Guid reviewId, FamilyMemberInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Create, Entity, ReviewAccess.CanManageFamily, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var errors = await CheckAsync(db, reviewId, null, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var member = new FamilyMember { Id = Guid.NewGuid(), ReviewId = reviewId };
        Copy(input, member, await ReadsIdentityAsync(db, user, reviewId, ct));
        db.Add(member);
        db.Record(time, user, AuditActions.Create, Entity, member.Id.ToString(), detail: $"Review {reviewId}", reviewId: reviewId,
            changes: ChangedFields.Values(db.Entry(member)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Family, "Family or network member added");
        return await FamilySaves.SaveAsync(db, member.Id, ct);
    }

    public async Task<Result<Guid>> UpdateMemberAsync(Guid reviewId, Guid id, FamilyMemberInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Update, Entity, ReviewAccess.CanManageFamily, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var member = await FindAsync(db, reviewId, id, ct);
        var errors = await CheckAsync(db, reviewId, id, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        db.ExpectVersion(member, input.Version);
        // A user who may not read the real name never received it, so their blank must not overwrite it.
        Copy(input, member, await ReadsIdentityAsync(db, user, reviewId, ct));
        var fields = ChangedFields.Of(db.Entry(member));
        if (fields.Length == 0)
        {
            return Result<Guid>.Ok(id);
        }

        db.Record(time, user, AuditActions.Update, Entity, id.ToString(), detail: fields, reviewId: reviewId,
            changes: ChangedFields.Values(db.Entry(member)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Family, "Family or network member's details changed");
        return await FamilySaves.SaveAsync(db, id, ct);
    }

    /// <summary>Refused while the involvement log names the person: remove those entries first, so no entry loses who it was with.</summary>
    public async Task<Result<Guid>> RemoveMemberAsync(Guid reviewId, Guid id, Guid version, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Delete, Entity, ReviewAccess.CanManageFamily, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var member = await FindAsync(db, reviewId, id, ct);
        if (await db.Set<InvolvementEntry>().CountAsync(e => e.FamilyMemberId == id, ct) is > 0 and var entries)
        {
            return Result<Guid>.Refused("FamilyMemberId",
                $"The involvement log names {FamilyWords.Name(member.Role, member.Pseudonym)} in {entries} {(entries == 1 ? "entry" : "entries")}. Remove those entries first.");
        }

        db.RequireVersion(member, version);
        db.Remove(member);
        db.Record(time, user, AuditActions.Delete, Entity, id.ToString(), detail: $"Review {reviewId}", reviewId: reviewId,
            changes: ChangedFields.Values(db.Entry(member)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Family, "Family or network member removed");
        return await FamilySaves.SaveAsync(db, id, ct);
    }

    private static async Task<FamilyMember> FindAsync(AppDbContext db, Guid reviewId, Guid id, CancellationToken ct) =>
        await db.Set<FamilyMember>().SingleOrDefaultAsync(m => m.Id == id && m.ReviewId == reviewId, ct)
        ?? throw new NotFoundException("The family or network member");

    private async Task<List<FieldError>> CheckAsync(AppDbContext db, Guid reviewId, Guid? id, FamilyMemberInput input, CancellationToken ct)
    {
        var errors = (await validator.ValidateAsync(input, ct)).Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        var pseudonym = input.Pseudonym.Trim().ToLower();
        if (errors.Count == 0 && await db.Set<FamilyMember>().AnyAsync(m => m.ReviewId == reviewId && m.Id != id && m.Pseudonym.ToLower() == pseudonym, ct))
        {
            errors.Add(new FieldError(nameof(FamilyMemberInput.Pseudonym),
                $"Someone in this review's family and network is already called '{input.Pseudonym.Trim()}'. Each person needs a different pseudonym."));
        }

        var today = UkDates.TodayInUk(time);
        foreach (var (field, date) in Dates(input))
        {
            if (date > today)
            {
                errors.Add(new FieldError(field, $"The date cannot be after today ({UkDates.Format(today)}): record it once it has happened."));
            }
        }

        return errors;
    }

    private static IEnumerable<(string Field, DateOnly? Date)> Dates(FamilyMemberInput i) =>
    [
        (nameof(i.LeafletGivenOn), i.LeafletGivenOn), (nameof(i.AdvocacyOfferedOn), i.AdvocacyOfferedOn),
        (nameof(i.AdvocacyAnsweredOn), i.AdvocacyAnsweredOn), (nameof(i.HomicideServiceReferredOn), i.HomicideServiceReferredOn),
    ];

    private static async Task<bool> ReadsIdentityAsync(AppDbContext db, CurrentUser user, Guid reviewId, CancellationToken ct) =>
        await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct) is { } review
        && ReviewAccess.ReadableFacts(user, review).Contains(SensitiveFact.FamilyIdentity);

    private static void Copy(FamilyMemberInput input, FamilyMember m, bool readsIdentity)
    {
        m.Role = input.Role!.Value;
        m.Pseudonym = input.Pseudonym.Trim();
        if (readsIdentity)
        {
            m.RealName = Clean(input.RealName);
            m.ContactDetails = Clean(input.ContactDetails);
        }

        m.PreferredContact = input.PreferredContact;
        m.Language = Clean(input.Language);
        m.AccessNeeds = Clean(input.AccessNeeds);
        m.Consent = input.Consent;
        m.LeafletGivenOn = input.LeafletGivenOn;
        m.AdvocacyOfferedOn = input.AdvocacyOfferedOn;
        m.AdvocacyOrganisation = Clean(input.AdvocacyOrganisation);
        m.AdvocacyAnswer = input.AdvocacyAnswer;
        m.AdvocacyAnsweredOn = input.AdvocacyAnsweredOn;
        m.HomicideServiceReferredOn = input.HomicideServiceReferredOn;
    }

    private static FamilyMemberInput ToInput(FamilyMember m, bool readsIdentity) => new()
    {
        Role = m.Role,
        Pseudonym = m.Pseudonym,
        RealName = readsIdentity ? m.RealName : null,
        ContactDetails = readsIdentity ? m.ContactDetails : null,
        PreferredContact = m.PreferredContact,
        Language = m.Language,
        AccessNeeds = m.AccessNeeds,
        Consent = m.Consent,
        LeafletGivenOn = m.LeafletGivenOn,
        AdvocacyOfferedOn = m.AdvocacyOfferedOn,
        AdvocacyOrganisation = m.AdvocacyOrganisation,
        AdvocacyAnswer = m.AdvocacyAnswer,
        AdvocacyAnsweredOn = m.AdvocacyAnsweredOn,
        HomicideServiceReferredOn = m.HomicideServiceReferredOn,
        Version = m.Version,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
