using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;
using FluentValidation;

namespace DhrTracker.Core.Actions;

/// <summary>
/// A review's recommendations and actions as coordinators and managers write them: add and edit,
/// move target dates (with a reason), cancel and sign off. Every change writes its audit row and the
/// action's history row in the same save.
/// </summary>
public sealed class ActionPlanService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<RecommendationInput> recommendationValidator,
    IValidator<ActionInput> actionValidator,
    IValidator<CancelActionInput> cancelValidator,
    TimeProvider time)
{
    private const string PlanEntity = "ActionPlan";

    /// <summary>Null when the review does not exist or the user may not read it.</summary>
    public async Task<ActionPlanView?> GetAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        db.Record(time, user, AuditActions.View, PlanEntity, reviewId.ToString(), review is null ? AuditOutcome.Denied : AuditOutcome.Succeeded,
            reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            return null;
        }

        var recs = await db.Recommendations.AsNoTracking().Include(r => r.Themes).Include(r => r.Findings).Where(r => r.ReviewId == reviewId)
            .Select(r => new { Rec = r, Agency = r.AddressedToAgency!.Name }).ToListAsync(ct);
        var rows = await db.Actions.AsNoTracking().Where(a => a.ReviewId == reviewId).ToRowsAsync(UkDates.TodayInUk(time), ct);
        var taxonomy = await ThemeTaxonomy.LoadAsync(db, review.PartnershipId, ct);
        var findings = (await db.Findings.AsNoTracking().Where(f => f.ReviewId == reviewId)
                .OrderBy(f => f.CreatedUtc).ThenBy(f => f.Id).Select(f => new { f.Id, f.Type, f.Narrative }).ToListAsync(ct))
            .Select((f, i) => new LinkedFinding(f.Id, i + 1, $"Finding {i + 1} ({FindingTypeNames.Display(f.Type)}): {Shorten(f.Narrative)}"))
            .ToList();
        var items = recs.OrderBy(r => r.Rec.Number).Select(r => new RecommendationItem(r.Rec.Id, r.Rec.Number, r.Rec.Text,
                r.Rec.AddressedToAgencyId, r.Rec.AddressedToAgencyId is null ? "The partnership" : r.Agency, r.Rec.MultiAgency,
                r.Rec.Scope, r.Rec.MadeOn, r.Rec.Version,
                rows.Where(a => a.Number.StartsWith($"{r.Rec.Number}.", StringComparison.Ordinal))
                    .OrderBy(a => int.Parse(a.Number[(a.Number.IndexOf('.') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ToList())
        {
            Themes = taxonomy.Tags(r.Rec.Themes.Select(t => t.ThemeId)),
            Findings = findings.Where(f => r.Rec.Findings.Any(l => l.FindingId == f.Id)).ToList(),
        })
            .ToList();
        return new ActionPlanView(reviewId, review.Reference, items,
            ReviewAccess.CanManagePlan(user, review.PartnershipId), ReviewAccess.CanSignOff(user, review.PartnershipId))
        {
            ActiveThemes = taxonomy.ActiveChoices(),
            ReviewFindings = findings,
        };
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 80 ? line : line[..77] + "…";
    }

    public async Task<Result<Guid>> AddRecommendationAsync(Guid reviewId, RecommendationInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CheckManageAsync(db, user, reviewId, AuditActions.Create, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var errors = await CheckRecommendationAsync(db, user, reviewId, null, input, new HashSet<Guid>(), ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var rec = new Recommendation { Id = Guid.NewGuid(), ReviewId = reviewId };
        Copy(input, rec);
        RecommendationLinks.Apply(rec, input);
        db.Recommendations.Add(rec);
        db.Record(time, user, AuditActions.Create, nameof(Recommendation), rec.Id.ToString(),
            detail: $"Review {reviewId}, number {rec.Number}, {rec.Themes.Count} themes, {rec.Findings.Count} findings", reviewId: reviewId,
            changes: ChangedFields.Merge(ChangedFields.Values(db.Entry(rec)),
                ChangedFields.Field("Themes", null, rec.Themes.Select(t => t.ThemeId).Order()),
                ChangedFields.Field("Findings", null, rec.Findings.Select(f => f.FindingId).Order())));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Plan, $"Recommendation {rec.Number} added");
        return await ActionLoader.SaveAsync(db, rec.Id, ct);
    }

    public async Task<Result<Guid>> UpdateRecommendationAsync(Guid reviewId, Guid id, RecommendationInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await CheckManageAsync(db, user, reviewId, AuditActions.Update, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var rec = await db.Recommendations.Include(r => r.Themes).Include(r => r.Findings)
            .SingleOrDefaultAsync(r => r.Id == id && r.ReviewId == reviewId, ct)
            ?? throw new NotFoundException("The recommendation");
        var errors = await CheckRecommendationAsync(db, user, reviewId, id, input, rec.Themes.Select(t => t.ThemeId).ToHashSet(), ct);
        if (input.MadeOn is { } madeOn && await db.Actions.AnyAsync(a => a.RecommendationId == id && a.TargetDate < madeOn, ct))
        {
            errors.Add(new(nameof(RecommendationInput.MadeOn), "Date made must be on or before the target date of every action under it."));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        db.ExpectVersion(rec, input.Version);
        Copy(input, rec);
        var themesBefore = rec.Themes.Select(t => t.ThemeId).Order().ToList();
        var findingsBefore = rec.Findings.Select(f => f.FindingId).Order().ToList();
        var values = ChangedFields.Values(db.Entry(rec));
        var links = RecommendationLinks.Apply(rec, input);
        var changed = string.Join(", ", new[] { ChangedFields.Of(db.Entry(rec)) }.Concat(links).Where(c => c.Length > 0));
        values = ChangedFields.Merge(values,
            links.Contains(nameof(Recommendation.Themes)) ? ChangedFields.Field("Themes", themesBefore, rec.Themes.Select(t => t.ThemeId).Order()) : null,
            links.Contains(nameof(Recommendation.Findings)) ? ChangedFields.Field("Findings", findingsBefore, rec.Findings.Select(f => f.FindingId).Order()) : null);

        // Links live in their own rows: mark the recommendation changed so its version moves and a stale edit is refused.
        db.Entry(rec).State = EntityState.Modified;
        db.Record(time, user, AuditActions.Update, nameof(Recommendation), id.ToString(), detail: changed, reviewId: reviewId, changes: values);
        if (changed.Length > 0)
        {
            db.AddTimelineLine(time, user, reviewId, ReviewEventKind.Plan, $"Recommendation {rec.Number} changed");
        }

        return await ActionLoader.SaveAsync(db, id, ct);
    }

    public async Task<Result<Guid>> AddActionAsync(Guid recommendationId, ActionInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rec = await db.Recommendations.AsNoTracking().Where(r => r.Id == recommendationId && db.Reviews.Visible(user).Any(v => v.Id == r.ReviewId))
            .SingleOrDefaultAsync(ct);
        if (rec is null)
        {
            await db.RecordDeniedAsync(time, user, AuditActions.Create, nameof(ActionItem), recommendationId.ToString(), ct);
            throw new NotFoundException("The recommendation");
        }

        if (await CheckManageAsync(db, user, rec.ReviewId, AuditActions.Create, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var errors = await CheckActionAsync(db, user, rec, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var number = 1 + (await db.Actions.Where(a => a.RecommendationId == recommendationId).MaxAsync(a => (int?)a.Number, ct) ?? 0);
        var action = new ActionItem { Id = Guid.NewGuid(), RecommendationId = rec.Id, ReviewId = rec.ReviewId, Number = number };
        Copy(input, action);
        action.TargetDate = input.TargetDate!.Value;
        db.Actions.Add(action);
        var now = time.GetUtcNow().UtcDateTime;
        StatusAndRag.Set(action, input.Status!.Value, input.Rag!.Value, user.UserId, now, isNew: true);
        db.ActionHistory.Add(ActionHistoryEntry.Of(action, now));
        db.Record(time, user, AuditActions.Create, nameof(ActionItem), action.Id.ToString(),
            detail: $"Recommendation {rec.Number}, action {number}, agency {action.OwnerAgencyId}", reviewId: rec.ReviewId,
            changes: ChangedFields.Values(db.Entry(action)));
        db.AddTimelineLine(time, user, rec.ReviewId, ReviewEventKind.Plan, $"{await PlanLines.ActionAsync(db, action, ct)} added");
        return await ActionLoader.SaveAsync(db, action.Id, ct);
    }

    public async Task<Result<Guid>> UpdateActionAsync(Guid actionId, ActionInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (action, partnershipId) = await ActionLoader.LoadAsync(db, time, user, actionId, AuditActions.Update, ct);
        if (!ReviewAccess.CanManagePlan(user, partnershipId))
        {
            await ActionLoader.DenyAsync(db, time, user, AuditActions.Update, actionId, ct, action.ReviewId);
            return Result<Guid>.Refused("", Refusals.NotPermitted);
        }

        if (ActionRules.IsFinished(action) || action.Status == ActionStatus.Complete)
        {
            return Result<Guid>.Refused("", action.Status == ActionStatus.Complete
                ? "This action is marked complete and awaits sign-off: it cannot be edited."
                : ActionRules.Closed);
        }

        var rec = await db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == action.RecommendationId, ct);
        var errors = await CheckActionAsync(db, user, rec, input, ct);
        var moved = input.TargetDate is { } target && target != action.TargetDate;
        if (moved && string.IsNullOrWhiteSpace(input.TargetDateReason))
        {
            errors.Add(new(nameof(ActionInput.TargetDateReason), "Give the reason the target date is changing."));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (moved)
        {
            db.ActionTargetRevisions.Add(new ActionTargetRevision
            {
                Id = Guid.NewGuid(),
                ActionId = action.Id,
                FromDate = action.TargetDate,
                ToDate = input.TargetDate!.Value,
                Reason = input.TargetDateReason!.Trim(),
                ByUserId = user.UserId,
                ChangedUtc = now,
            });
        }

        db.ExpectVersion(action, input.Version);
        Copy(input, action);
        StatusAndRag.Set(action, input.Status!.Value, input.Rag!.Value, user.UserId, now);
        action.TargetDate = input.TargetDate!.Value;
        db.ActionHistory.Add(ActionHistoryEntry.Of(action, now));
        db.Record(time, user, AuditActions.Update, nameof(ActionItem), actionId.ToString(), detail: ChangedFields.Of(db.Entry(action)),
            reviewId: action.ReviewId, changes: ChangedFields.Merge(ChangedFields.Values(db.Entry(action)),
                moved ? ChangedFields.Field("TargetDateReason", null, input.TargetDateReason!.Trim()) : null));
        if (ChangedFields.Of(db.Entry(action)).Length > 0)
        {
            db.AddTimelineLine(time, user, action.ReviewId, ReviewEventKind.Plan, $"{await PlanLines.ActionAsync(db, action, ct)} changed");
        }

        return await ActionLoader.SaveAsync(db, actionId, ct);
    }

    public async Task<Result<Guid>> CancelActionAsync(Guid actionId, CancelActionInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (action, partnershipId) = await ActionLoader.LoadAsync(db, time, user, actionId, ActionAuditActions.Cancel, ct);
        if (!ReviewAccess.CanManagePlan(user, partnershipId))
        {
            await ActionLoader.DenyAsync(db, time, user, ActionAuditActions.Cancel, actionId, ct, action.ReviewId);
            return Result<Guid>.Refused("", Refusals.NotPermitted);
        }

        var validation = await cancelValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        if (ActionRules.IsFinished(action))
        {
            return Result<Guid>.Refused("", ActionRules.Closed);
        }

        db.ExpectVersion(action, input.Version);
        var now = time.GetUtcNow().UtcDateTime;
        StatusAndRag.Set(action, ActionStatus.Cancelled, action.Rag, user.UserId, now);
        action.CancelReason = input.Reason.Trim();
        db.ActionHistory.Add(ActionHistoryEntry.Of(action, now));
        db.Record(time, user, ActionAuditActions.Cancel, nameof(ActionItem), actionId.ToString(), detail: "Status, CancelReason",
            reviewId: action.ReviewId, changes: ChangedFields.Values(db.Entry(action)));
        db.AddTimelineLine(time, user, action.ReviewId, ReviewEventKind.Plan, $"{await PlanLines.ActionAsync(db, action, ct)} cancelled");
        return await ActionLoader.SaveAsync(db, actionId, ct);
    }

    /// <summary>Signs off a completed action. <paramref name="version"/> is the one the manager reviewed.</summary>
    public async Task<Result<Guid>> SignOffAsync(Guid actionId, Guid version, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (action, partnershipId) = await ActionLoader.LoadAsync(db, time, user, actionId, ActionAuditActions.SignOff, ct);
        if (!ReviewAccess.CanSignOff(user, partnershipId))
        {
            await ActionLoader.DenyAsync(db, time, user, ActionAuditActions.SignOff, actionId, ct, action.ReviewId);
            return Result<Guid>.Refused("", Refusals.NotPermitted);
        }

        if (ActionRules.CheckSignOff(action, user.UserId, user.AgencyId) is { } refusal)
        {
            // The owner signing off their own work is refused by segregation of duties: a denial, audited as one.
            if (refusal.Message == ActionRules.OwnerCannotSignOff)
            {
                await ActionLoader.DenyAsync(db, time, user, ActionAuditActions.SignOff, actionId, ct);
            }

            return Result<Guid>.Refused([refusal]);
        }

        db.ExpectVersion(action, version);
        var now = time.GetUtcNow().UtcDateTime;
        action.SignedOffByUserId = user.UserId;
        action.SignedOffUtc = now;
        db.ActionHistory.Add(ActionHistoryEntry.Of(action, now));
        db.Record(time, user, ActionAuditActions.SignOff, nameof(ActionItem), actionId.ToString(),
            reviewId: action.ReviewId, changes: ChangedFields.Values(db.Entry(action)));
        db.AddTimelineLine(time, user, action.ReviewId, ReviewEventKind.Plan, $"{await PlanLines.ActionAsync(db, action, ct)} signed off");
        return await ActionLoader.SaveAsync(db, actionId, ct);
    }

    private async Task<FieldError?> CheckManageAsync(AppDbContext db, CurrentUser user, Guid reviewId, string auditAction, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        if (review is not null && ReviewAccess.CanManagePlan(user, review.PartnershipId))
        {
            return null;
        }

        db.Record(time, user, auditAction, nameof(Recommendation), reviewId.ToString(), AuditOutcome.Denied, reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return review is null ? throw new NotFoundException("The review") : new FieldError("", Refusals.NotPermitted);
    }

    private async Task<List<FieldError>> CheckRecommendationAsync(AppDbContext db, CurrentUser user, Guid reviewId, Guid? id,
        RecommendationInput input, IReadOnlySet<Guid> heldThemes, CancellationToken ct)
    {
        var validation = await recommendationValidator.ValidateAsync(input, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        if (input.AddressedToAgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == user.PartnershipId, ct))
        {
            errors.Add(new(nameof(RecommendationInput.AddressedToAgencyId), "Choose an agency from the partnership's register, or the partnership."));
        }

        if (input.Number is { } number && await db.Recommendations.AnyAsync(r => r.ReviewId == reviewId && r.Number == number && r.Id != id, ct))
        {
            errors.Add(new(nameof(RecommendationInput.Number), $"This review already has a recommendation {number}."));
        }

        // Same rules and wording as a finding's themes: own partnership, and active unless the recommendation already has it.
        var partnershipId = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.PartnershipId).SingleAsync(ct);
        if (await ThemeRules.CheckAsync(db, partnershipId, input.ThemeIds.Distinct().ToList(), heldThemes,
            nameof(RecommendationInput.ThemeIds), ct, "a recommendation") is { } themeError)
        {
            errors.Add(themeError);
        }

        var findingIds = input.FindingIds.Distinct().ToList();
        if (findingIds.Count > 0 && await db.Findings.CountAsync(f => findingIds.Contains(f.Id) && f.ReviewId == reviewId, ct) != findingIds.Count)
        {
            errors.Add(new(nameof(RecommendationInput.FindingIds), "A linked finding is not a finding of this review. Choose findings from the list."));
        }

        return errors;
    }

    private async Task<List<FieldError>> CheckActionAsync(AppDbContext db, CurrentUser user, Recommendation rec, ActionInput input, CancellationToken ct)
    {
        var validation = await actionValidator.ValidateAsync(input, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        if (input.OwnerAgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == user.PartnershipId, ct))
        {
            errors.Add(new(nameof(ActionInput.OwnerAgencyId), "Choose an agency from the partnership's register."));
        }

        if (input.TargetDate is { } target && target < rec.MadeOn)
        {
            errors.Add(new(nameof(ActionInput.TargetDate),
                $"Target date must be on or after the date the recommendation was made ({UkDates.Format(rec.MadeOn)})."));
        }

        return errors;
    }

    private static void Copy(RecommendationInput i, Recommendation r)
    {
        r.Number = i.Number!.Value;
        r.Text = i.Text.Trim();
        r.AddressedToAgencyId = i.AddressedToAgencyId;
        r.MultiAgency = i.MultiAgency;
        r.Scope = i.Scope!.Value;
        r.MadeOn = i.MadeOn!.Value;
    }

    private static void Copy(ActionInput i, ActionItem a)
    {
        a.Description = i.Description.Trim();
        a.OwnerAgencyId = i.OwnerAgencyId!.Value;
        a.LeadOfficer = i.LeadOfficer.Trim();
        a.LeadOfficerEmail = string.IsNullOrWhiteSpace(i.LeadOfficerEmail) ? null : i.LeadOfficerEmail.Trim();
    }
}
