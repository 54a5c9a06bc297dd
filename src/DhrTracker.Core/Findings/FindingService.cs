using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;
using FluentValidation;

namespace DhrTracker.Core.Findings;

/// <summary>
/// Findings and key themes of one review. Reading follows <see cref="ReviewAccess.Visible"/>; writing
/// needs <see cref="ReviewAccess.CanRecordFindings"/>. Every change is audited in the same save and
/// checked against the version the user loaded.
/// </summary>
public sealed class FindingService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<FindingInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(Finding);
    private const string KeyThemesEntity = "ReviewKeyThemes";
    private const string NoPermission = "You do not have permission to record findings on this review.";

    /// <summary>The findings tab of a review, or null when the review does not exist or the user may not see it.</summary>
    public async Task<FindingsOfReview?> GetForReviewAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().Visible(user).SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        db.Record(time, user, AuditActions.List, Entity, reviewId.ToString(), review is null ? AuditOutcome.Denied : AuditOutcome.Succeeded,
            reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            return null;
        }

        var taxonomy = await ThemeTaxonomy.LoadAsync(db, review.PartnershipId, ct);
        var findings = await db.Findings.AsNoTracking().Include(f => f.Themes).Include(f => f.Agency)
            .Where(f => f.ReviewId == reviewId).OrderBy(f => f.CreatedUtc).ToListAsync(ct);
        var keySet = await db.ReviewThemeSets.AsNoTracking().Include(s => s.Themes).SingleOrDefaultAsync(s => s.ReviewId == reviewId, ct);
        var agencies = await FindingAgencyCheck.OptionsAsync(db, review, findings.Select(f => f.AgencyId).OfType<int>().ToList(), ct);
        var canEdit = ReviewAccess.CanRecordFindings(user, review, await PanelSeat.SitsOnPanelAsync(db, reviewId, user.UserId, ct));

        return new FindingsOfReview(
            reviewId,
            canEdit,
            findings.Select(f => new FindingView(f.Id, f.Type, new FindingAgency(f.AgencyId, f.Agency?.Name, f.AgencyIsOther, f.AgencyName),
                f.Narrative, f.PeriodOrEvent,
                taxonomy.Tags(f.Themes.Select(t => t.ThemeId)), f.Version, f.UpdatedUtc)
            { StoredThemeIds = f.Themes.Select(t => t.ThemeId).ToList() }).ToList(),
            taxonomy.Tags(keySet?.Themes.Select(k => k.ThemeId) ?? []),
            keySet?.Version ?? Guid.Empty,
            taxonomy.ActiveChoices(),
            agencies);
    }

    public async Task<Result<Guid>> AddAsync(Guid reviewId, FindingInput input, CancellationToken ct = default)
    {
        var (user, db, review, refusal) = await OpenForWriteAsync(reviewId, AuditActions.Create, ct);
        await using var _ = db;
        if (refusal is not null)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        var themeIds = input.ThemeIds.Distinct().ToList();
        if (await ThemeRules.CheckAsync(db, review!.PartnershipId, themeIds, new HashSet<Guid>(), nameof(FindingInput.ThemeIds), ct) is { } themeError)
        {
            return Result<Guid>.Refused([themeError]);
        }

        if (await FindingAgencyCheck.CheckAsync(db, review!.PartnershipId, input, null, ct) is { } agencyError)
        {
            return Result<Guid>.Refused([agencyError]);
        }

        var (agencyId, isOther, agencyText) = FindingAgencyCheck.Stored(input, null);
        var finding = new Finding
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Type = input.Type!.Value,
            AgencyId = agencyId,
            AgencyIsOther = isOther,
            AgencyName = agencyText,
            Narrative = input.Narrative.Trim(),
            PeriodOrEvent = Tidy(input.PeriodOrEvent),
            Themes = themeIds.Select(id => new FindingTheme { ThemeId = id }).ToList(),
            CreatedByUserId = user.UserId,
        };
        db.Findings.Add(finding);
        db.Record(time, user, AuditActions.Create, Entity, finding.Id.ToString(),
            detail: $"Review {reviewId}: Type, AgencyId, AgencyIsOther, AgencyName, Narrative, PeriodOrEvent, Themes", reviewId: reviewId,
            changes: ChangedFields.Merge(ChangedFields.Values(db.Entry(finding)), ChangedFields.Field("Themes", null, themeIds)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Findings, $"Finding added: {finding.Type.Display().ToLowerInvariant()}");
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(finding.Id);
    }

    /// <summary>Edits a finding; returns its new version. A finding may keep a theme retired since it was given.</summary>
    public async Task<Result<Guid>> UpdateAsync(Guid findingId, FindingInput input, CancellationToken ct = default)
    {
        Guid reviewId;
        await using (var lookup = await dbFactory.CreateDbContextAsync(ct))
        {
            reviewId = await lookup.Findings.Where(f => f.Id == findingId).Select(f => f.ReviewId).SingleOrDefaultAsync(ct);
        }

        var (user, db, review, refusal) = await OpenForWriteAsync(reviewId, AuditActions.Update, ct);
        await using var _ = db;
        if (refusal is not null)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        var finding = await db.Findings.Include(f => f.Themes).SingleAsync(f => f.Id == findingId, ct);
        if (finding.Version != input.Version)
        {
            return Conflict();
        }

        var themeIds = input.ThemeIds.Distinct().ToList();
        var held = finding.Themes.Select(t => t.ThemeId).ToHashSet();
        if (await ThemeRules.CheckAsync(db, review!.PartnershipId, themeIds, held, nameof(FindingInput.ThemeIds), ct) is { } themeError)
        {
            return Result<Guid>.Refused([themeError]);
        }

        if (await FindingAgencyCheck.CheckAsync(db, review!.PartnershipId, input, finding.AgencyId, ct) is { } agencyError)
        {
            return Result<Guid>.Refused([agencyError]);
        }

        var changed = FindingChanges.Apply(finding, input, themeIds, Tidy);
        db.Entry(finding).Property(f => f.Version).OriginalValue = input.Version;
        db.Entry(finding).State = EntityState.Modified;
        var themesChanged = !held.SetEquals(themeIds);
        db.Record(time, user, AuditActions.Update, Entity, finding.Id.ToString(), detail: string.Join(", ", changed), reviewId: reviewId,
            changes: ChangedFields.Merge(ChangedFields.Values(db.Entry(finding)),
                themesChanged ? ChangedFields.Field("Themes", held.Order(), themeIds.Order()) : null));
        if (changed.Count > 0)
        {
            db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Findings, $"Finding changed: {finding.Type.Display().ToLowerInvariant()}");
        }

        return await SaveAsync(db, () => finding.Version, ct);
    }

    /// <summary>Replaces the key themes of a review; <paramref name="version"/> is <see cref="Guid.Empty"/> if it had none when loaded.</summary>
    public async Task<Result<Guid>> SetKeyThemesAsync(Guid reviewId, IReadOnlyCollection<Guid> themeIds, Guid version, CancellationToken ct = default)
    {
        var (user, db, review, refusal) = await OpenForWriteAsync(reviewId, AuditActions.Update, ct, KeyThemesEntity);
        await using var _ = db;
        if (refusal is not null)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var set = await db.ReviewThemeSets.Include(s => s.Themes).SingleOrDefaultAsync(s => s.ReviewId == reviewId, ct);
        if ((set?.Version ?? Guid.Empty) != version)
        {
            return Conflict();
        }

        var ids = themeIds.Distinct().ToList();
        var held = set?.Themes.Select(t => t.ThemeId).ToHashSet() ?? [];
        if (await ThemeRules.CheckAsync(db, review!.PartnershipId, ids, held, "KeyThemeIds", ct) is { } themeError)
        {
            return Result<Guid>.Refused([themeError]);
        }

        if (set is null)
        {
            set = new ReviewThemeSet { ReviewId = reviewId };
            db.ReviewThemeSets.Add(set);
        }
        else
        {
            db.Entry(set).Property(s => s.Version).OriginalValue = version;
            db.Entry(set).State = EntityState.Modified;
        }

        set.Themes.RemoveAll(t => !ids.Contains(t.ThemeId));
        set.Themes.AddRange(ids.Where(id => !held.Contains(id)).Select(id => new ReviewKeyTheme { ReviewId = reviewId, ThemeId = id }));
        db.Record(time, user, AuditActions.Update, KeyThemesEntity, reviewId.ToString(), detail: "KeyThemes", reviewId: reviewId,
            changes: ChangedFields.Field("KeyThemes", held.Order(), ids.Order()));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Findings, "Key themes of the review changed");
        return await SaveAsync(db, () => set.Version, ct, creating: version == Guid.Empty);
    }

    /// <summary>
    /// Opens a context on a review the user may write findings on. A review the user cannot see at all is
    /// "not found"; one they can read but not write is refused. Both are audited as denied.
    /// </summary>
    private async Task<(CurrentUser User, AppDbContext Db, Review? Review, FieldError? Refusal)> OpenForWriteAsync(
        Guid reviewId, string action, CancellationToken ct, string entity = Entity)
    {
        var user = await currentUser.GetAsync(ct);
        var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().Visible(user).SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        if (review is not null && ReviewAccess.CanRecordFindings(user, review, await PanelSeat.SitsOnPanelAsync(db, reviewId, user.UserId, ct)))
        {
            return (user, db, review, null);
        }

        db.Record(time, user, action, entity, reviewId.ToString(), AuditOutcome.Denied, reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            await db.DisposeAsync();
            throw new NotFoundException("Review");
        }

        return (user, db, review, new FieldError("", NoPermission));
    }

    private static async Task<Result<Guid>> SaveAsync(AppDbContext db, Func<Guid> newVersion, CancellationToken ct, bool creating = false)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(newVersion());
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }
        catch (DbUpdateException) when (creating)
        {
            // Two people gave the same review its first key themes at once: the second hits the key.
            return Conflict();
        }
    }

    /// <summary>The refusal of a save from a stale version; forms recognise it to show the other person's change.</summary>
    public const string ConflictMessage = "Someone else changed this since you opened it. Your input is kept: compare it with their change, then save again.";

    private static Result<Guid> Conflict() => Result<Guid>.Refused("", ConflictMessage);

    private static string? Tidy(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
